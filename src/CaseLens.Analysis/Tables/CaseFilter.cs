using System.Globalization;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Tables;

/// <summary>
/// Which cases a report covers. Every criterion left null lets all cases through; the criteria
/// combine with "and". Notifications are filtered on every criterion; intensive-sample cases have
/// no dates or board, so only <see cref="Region"/> and <see cref="IncidentType"/> apply to them.
/// </summary>
public sealed record CaseFilter
{
    /// <summary>No filtering: the default.</summary>
    public static CaseFilter None { get; } = new();

    /// <summary>Only incidents in this study year (1 April to 31 March, both included).</summary>
    public StudyYear? StudyYear { get; init; }

    /// <summary>Only incidents on or after this date (included).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only incidents on or before this date (included).</summary>
    public DateOnly? To { get; init; }

    public Region? Region { get; init; }

    /// <summary>Only this Local Safeguarding Children Board, compared exactly (ordinal).</summary>
    public string? Board { get; init; }

    public IncidentType? IncidentType { get; init; }

    public bool IsEmpty => this == None;

    public bool Matches(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var date = notification.IncidentDate;
        return (StudyYear is not { } year || year.Contains(date))
            && (From is not { } from || date >= from)
            && (To is not { } to || date <= to)
            && (Region is not { } region || notification.Region == region)
            && (Board is null || string.Equals(notification.Board, Board, StringComparison.Ordinal))
            && (IncidentType is not { } type || notification.IncidentType == type);
    }

    public bool Matches(IntensiveCase intensiveCase)
    {
        ArgumentNullException.ThrowIfNull(intensiveCase);
        return (Region is not { } region || intensiveCase.Region == region)
            && (IncidentType is not { } type || intensiveCase.IncidentType == type);
    }

    /// <summary>The criteria that are set, as name → value, for a report's provenance.</summary>
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

        return described;
    }
}
