using System.Globalization;
using CaseLens.Analysis.Tables;
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

    public static string Of(NotificationCounts notifications)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        if (notifications.IncidentSpan is not { } span)
        {
            return NoCases;
        }

        // Study years follow the calendar, so the first and last incidents fall in the first and last years.
        var (from, to) = (StudyYear.Of(span.First), StudyYear.Of(span.Last));
        return from == to
            ? from.ToString()
            : string.Create(CultureInfo.InvariantCulture, $"{from.StartYear:D4}-{(to.StartYear + 1) % 100:D2}");
    }
}
