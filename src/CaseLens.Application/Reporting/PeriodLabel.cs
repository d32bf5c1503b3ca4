using System.Globalization;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;

namespace CaseLens.Application.Reporting;

/// <summary>
/// The default label of the data's column when <c>--period</c> is not given: the span of study
/// years the incidents fall in, as the seed writes it (2005-06 and 2006-07 make <c>2005-07</c>).
/// </summary>
internal static class PeriodLabel
{
    public const string NoCases = "cases";

    public static string Of(CodedNotifications notifications)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        StudyYear? first = null;
        StudyYear? last = null;
        foreach (ref readonly var notification in notifications.Cases)
        {
            var year = StudyYear.Of(notification.IncidentDate);
            first = first is { } f && f.CompareTo(year) <= 0 ? f : year;
            last = last is { } l && l.CompareTo(year) >= 0 ? l : year;
        }

        return (first, last) switch
        {
            ({ } from, { } to) when from == to => from.ToString(),
            ({ } from, { } to) => string.Create(CultureInfo.InvariantCulture, $"{from.StartYear:D4}-{(to.StartYear + 1) % 100:D2}"),
            _ => NoCases,
        };
    }
}
