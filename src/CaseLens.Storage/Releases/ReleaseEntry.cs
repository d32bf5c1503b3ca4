namespace CaseLens.Storage.Releases;

/// <summary>
/// One report published from the store, as its disclosure ledger keeps it (table <c>releases</c>):
/// enough to audit a later report against it without the cases. Entries are only ever added. The
/// store does not read <see cref="Content"/>: the application writes there every number the report
/// made public (never a hidden value) and reads it back to audit the next report.
/// </summary>
public sealed record ReleaseEntry
{
    /// <summary>The release's number in the ledger, given when it is recorded; later releases have larger ones.</summary>
    public long Id { get; init; }

    /// <summary>When it was recorded, from the store's <see cref="TimeProvider"/>, in UTC.</summary>
    public DateTimeOffset PublishedAt { get; init; }

    /// <summary>The user name of whoever published it.</summary>
    public required string Actor { get; init; }

    /// <summary>The data set hash of the report's cases (its provenance's).</summary>
    public required string DataSetHash { get; init; }

    /// <summary>The filters of its cases, as a JSON object (<c>{"study_year":"2005-06"}</c>; <c>{}</c> for none).</summary>
    public required string Filters { get; init; }

    /// <summary>The disclosure policy as written (<c>k=6</c>, <c>dfe</c>, <c>nhs-hes</c>).</summary>
    public required string Policy { get; init; }

    /// <summary>How many numbers it showed (hidden ones not counted).</summary>
    public required int CellsPublished { get; init; }

    /// <summary>What it made public, as JSON written and read by the application.</summary>
    public required string Content { get; init; }
}
