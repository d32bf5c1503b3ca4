using CaseLens.Analysis.Research;
using CaseLens.Application.Files;
using CaseLens.Domain.Research;

namespace CaseLens.Application.Research;

/// <summary>
/// A research extract to write: the CSV path (the <c>.sps</c> and <c>.R</c> go beside it under the same
/// name), the level and what it keeps, the key file of the pseudonyms, and the files' permissions.
/// </summary>
public sealed record ResearchExportRequest
{
    /// <summary>The CSV file to write (OUT.csv).</summary>
    public required string Output { get; init; }

    /// <summary>How much the extract keeps.</summary>
    public required ExtractLevel Level { get; init; }

    /// <summary>The pseudonym key's file (<see cref="PseudonymKeyFile"/>), outside the store.</summary>
    public required string KeyFile { get; init; }

    /// <summary><value>The default value is <see cref="DateHandling.Month"/>.</value></summary>
    public DateHandling Dates { get; init; } = DateHandling.Month;

    /// <summary>Ages in months rather than age groups (limited level only).</summary>
    public bool AgeInMonths { get; init; }

    /// <summary>The named reviewer outlines are kept for (limited level only). <value>The default value is none: no outline.</value></summary>
    public string? OutlineReviewer { get; init; }

    /// <summary><value>The default value is 5.</value></summary>
    public int K { get; init; } = 5;

    /// <summary>Whether to generalise further when k-anonymity classes are smaller than k.</summary>
    public bool Generalise { get; init; }

    /// <summary><value>The default value is 0600.</value></summary>
    public UnixFileMode Mode { get; init; } = FilePermissions.OwnerOnly;
}
