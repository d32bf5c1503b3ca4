using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;

namespace CaseLens.Storage.Querying;

/// <summary>
/// One page of a case list: the criteria of <see cref="Filter"/>, the boards the asker may see, the
/// criteria a report filter does not have, words of the outline, an order and a page.
/// </summary>
public sealed record CaseListQuery
{
    /// <summary>Study year, dates, region, board, incident type and review status, as reports take them.</summary>
    public NotificationFilter Filter { get; init; } = NotificationFilter.None;

    /// <summary>Only cases held by these boards (names compared exactly); null for every board. An empty set matches nothing.</summary>
    public IReadOnlySet<string>? Boards { get; init; }

    public AgeGroup? AgeGroup { get; init; }

    public Gender? Gender { get; init; }

    public DeathCategory? DeathCategory { get; init; }

    /// <summary>
    /// Words that must all be in the case outline, found by the database's full-text index (SQLite
    /// FTS5, PostgreSQL text search; words are stemmed, so <c>injuries</c> finds <c>injury</c>).
    /// </summary>
    public string? Words { get; init; }

    public CaseSort Sort { get; init; } = CaseSort.CaseId;

    public bool Descending { get; init; }

    /// <summary>Rows skipped before the page.</summary>
    public int Offset { get; init; }

    /// <summary>Rows in the page.</summary>
    public int Limit { get; init; } = 50;
}
