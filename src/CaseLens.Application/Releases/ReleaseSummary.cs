namespace CaseLens.Application.Releases;

/// <summary>
/// What a listing shows of a release: its number, when and by whom it was published, its policy, the
/// filters of its cases, the data set hash and how many numbers it showed. No case content, no value.
/// </summary>
public sealed record ReleaseSummary(
    string Id,
    DateTimeOffset PublishedAt,
    string Actor,
    string Policy,
    IReadOnlyDictionary<string, string> Filters,
    string DataSetHash,
    int CellsPublished);
