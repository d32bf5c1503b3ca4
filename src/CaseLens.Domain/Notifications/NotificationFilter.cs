using System.Globalization;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Intensive;

namespace CaseLens.Domain.Notifications;

/// <summary>
/// Which cases a query or a report covers. Every criterion left null lets all cases through; the
/// criteria that are set combine with "and". Notifications are tested on every criterion;
/// intensive-sample cases have no dates, board or review status, so only <see cref="Region"/> and
/// <see cref="IncidentType"/> apply to them. The store applies the same meaning in the database.
/// </summary>
public sealed record NotificationFilter
{
    /// <summary>No criteria: every case passes. The default.</summary>
    public static NotificationFilter None { get; } = new();

    /// <summary>Only incidents in this study year (1 April to 31 March, both included).</summary>
    public StudyYear? StudyYear { get; init; }

    /// <summary>Only incidents on or after this date (included).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only incidents on or before this date (included).</summary>
    public DateOnly? To { get; init; }

    /// <summary>Only cases from this government office region; a case whose region is not known never matches.</summary>
    public Region? Region { get; init; }

    /// <summary>Only this Local Safeguarding Children Board, its name compared exactly (ordinal, case-sensitive).</summary>
    public string? Board { get; init; }

    /// <summary>Only deaths or only serious injuries.</summary>
    public IncidentType? IncidentType { get; init; }

    /// <summary>Only notifications with this serious case review status (notifications only).</summary>
    public ScrStatus? ScrStatus { get; init; }

    /// <summary>True when no criterion is set, so that every case passes.</summary>
    public bool IsEmpty => this == None;

    /// <summary>Whether the notification meets every criterion that is set.</summary>
    public bool Matches(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var date = notification.IncidentDate;
        return (StudyYear is not { } year || year.Contains(date))
            && (From is not { } from || date >= from)
            && (To is not { } to || date <= to)
            && (Region is not { } region || notification.Region == region)
            && (Board is null || string.Equals(notification.Board, Board, StringComparison.Ordinal))
            && (IncidentType is not { } type || notification.IncidentType == type)
            && (ScrStatus is not { } status || notification.ScrStatus == status);
    }

    /// <summary>
    /// Whether the intensive-sample case meets the criteria that apply to it (<see cref="Region"/>
    /// and <see cref="IncidentType"/>); the others are ignored.
    /// </summary>
    public bool Matches(IntensiveCase intensiveCase)
    {
        ArgumentNullException.ThrowIfNull(intensiveCase);
        return (Region is not { } region || intensiveCase.Region == region)
            && (IncidentType is not { } type || intensiveCase.IncidentType == type);
    }

    /// <summary>
    /// The criteria that are set, as name → value for a report's provenance, sorted by name: dates
    /// as yyyy-MM-dd, coded values by their interchange code, the board as given.
    /// </summary>
    public IReadOnlyDictionary<string, string> Describe()
    {
        var described = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (StudyYear is { } year)
        {
            described["study_year"] = year.ToString();
        }

        if (From is { } from)
        {
            described["from"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (To is { } to)
        {
            described["to"] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (Region is { } region)
        {
            described["region"] = Codes<Region>.Code(region);
        }

        if (Board is not null)
        {
            described["board"] = Board;
        }

        if (IncidentType is { } type)
        {
            described["incident_type"] = Codes<IncidentType>.Code(type);
        }

        if (ScrStatus is { } status)
        {
            described["scr_status"] = Codes<ScrStatus>.Code(status);
        }

        return described;
    }
}
