using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;

namespace CaseLens.Storage.Querying;

/// <summary>
/// Which notifications a query returns; every condition given must hold, and a condition left
/// null does not filter. The conditions are applied by the database.
/// </summary>
public sealed record NotificationFilter
{
    /// <summary>No conditions: every stored notification.</summary>
    public static NotificationFilter All { get; } = new();

    /// <summary>Incidents in this study year (1 April to 31 March, both included).</summary>
    public StudyYear? StudyYear { get; init; }

    /// <summary>Incidents on or after this date (included).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Incidents on or before this date (included).</summary>
    public DateOnly? To { get; init; }

    public Region? Region { get; init; }

    /// <summary>The board's name exactly as stored (case-sensitive).</summary>
    public string? Board { get; init; }

    public IncidentType? IncidentType { get; init; }

    public ScrStatus? ScrStatus { get; init; }
}
