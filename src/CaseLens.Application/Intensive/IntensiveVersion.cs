using CaseLens.Application.Cases;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Validation;

namespace CaseLens.Application.Intensive;

/// <summary>
/// An intensive case as it was read, with a token of its exact content, so that a save made from
/// an older version is refused (optimistic concurrency), as for notifications.
/// </summary>
public sealed record IntensiveVersion(IntensiveCase Record)
{
    /// <summary>The cells of the record by column name, as a form or a file holds them.</summary>
    public IReadOnlyDictionary<string, string> Cells { get; } = IntensiveCoding.Cells(Record);

    /// <summary>SHA-256 of every cell in catalogue order, in hex.</summary>
    public string Token { get; } = TokenOf(Record);

    /// <summary>The token of <paramref name="record"/>, as <see cref="Token"/>.</summary>
    public static string TokenOf(IntensiveCase record) => VersionToken.Of(IntensiveCoding.Write(record));
}
