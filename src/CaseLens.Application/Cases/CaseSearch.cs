using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;
using CaseLens.Storage.Querying;

namespace CaseLens.Application.Cases;

/// <summary>What a person asks of the case list: criteria, words of the outline, an order and a page.</summary>
public sealed record CaseSearch
{
    /// <summary>The most rows a page of the web's list may hold (the command line's <c>--limit</c> has no such bound).</summary>
    public const int MaxPageSize = 200;

    /// <summary>Study year, region, board, incident type and review status, as a report takes them.</summary>
    public NotificationFilter Filter { get; init; } = NotificationFilter.None;

    /// <summary>Only children of this age group at the incident.</summary>
    public AgeGroup? AgeGroup { get; init; }

    /// <summary>Only this gender.</summary>
    public Gender? Gender { get; init; }

    /// <summary>Only this category of death.</summary>
    public DeathCategory? DeathCategory { get; init; }

    /// <summary>Words that must all be in the outline (full-text search); null or blank for none.</summary>
    public string? Words { get; init; }

    /// <summary>The order of the list; ties go by case id.</summary>
    public CaseSort Sort { get; init; } = CaseSort.CaseId;

    /// <summary>Whether the order is reversed.</summary>
    public bool Descending { get; init; }

    /// <summary>The page, from 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Rows per page (0 or more).</summary>
    public int PageSize { get; init; } = 50;
}
