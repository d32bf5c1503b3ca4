using CaseLens.Analysis.Reports;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Tables;

/// <summary>
/// The tables of all notifications (Appendix 1): A0, the flow chart (type of notification by
/// review status), and A1, review status by calendar quarter. Counts only; the base keeps a
/// looked-after child's accident or natural death and drops duplicates, sibling reports and tests.
/// </summary>
internal static class NotificationFlowTables
{
    public const string TotalColumn = "total";

    private static readonly ScrStatus[] Statuses = [ScrStatus.No, ScrStatus.Yes, ScrStatus.Undetermined];

    public static ReportTable Flow(NotificationTally tally)
    {
        var types = Codes<NotificationType>.All;
        var columns = StatusColumns(status => types.Select(t => tally.Flow[(int)t * 3 + (int)status]).ToArray(), status => tally.Flow[4 * 3 + (int)status]);
        return TableShape.Build("A0", "Type of notification and whether it became a serious case review", Rows.Of<NotificationType>(), columns);
    }

    /// <summary>A1: a row for every quarter from the first notification's to the last's, empty quarters included.</summary>
    public static ReportTable Quarters(NotificationTally tally)
    {
        var quarters = new List<CalendarQuarter>();
        if (tally.Quarters.Count > 0)
        {
            var last = tally.Quarters.Keys.Max();
            for (var quarter = tally.Quarters.Keys.Min(); quarter.CompareTo(last) <= 0; quarter = quarter.Next())
            {
                quarters.Add(quarter);
            }
        }

        var rows = quarters.Select(q => new RowSpec(q.ToString(), q.ToString())).ToArray();
        var columns = StatusColumns(
            status => quarters.Select(q => tally.Quarters.TryGetValue(q, out var counts) ? counts[(int)status] : 0).ToArray(),
            _ => null);
        return TableShape.Build("A1", "SCR undertaken, by quarter", rows, columns);
    }

    private static ColumnCounts[] StatusColumns(Func<ScrStatus, int[]> counts, Func<ScrStatus, int?> notKnown)
    {
        var byStatus = Statuses.Select(s => (Status: s, Counts: counts(s))).ToArray();
        var total = new int[byStatus[0].Counts.Length];
        foreach (var (_, statusCounts) in byStatus)
        {
            for (var i = 0; i < total.Length; i++)
            {
                total[i] += statusCounts[i];
            }
        }

        var totalNotKnown = Statuses.Sum(s => notKnown(s) ?? 0);
        return
        [
            .. byStatus.Select(s => new ColumnCounts(Codes<ScrStatus>.Code(s.Status), StatusLabel(s.Status), s.Counts, notKnown(s.Status), Percents: false)),
            new ColumnCounts(TotalColumn, "Total", total, notKnown(ScrStatus.Yes) is null ? null : totalNotKnown, Percents: false),
        ];
    }

    private static string StatusLabel(ScrStatus status) => status switch
    {
        ScrStatus.No => "No",
        ScrStatus.Yes => "Yes",
        _ => "Still to be determined",
    };
}
