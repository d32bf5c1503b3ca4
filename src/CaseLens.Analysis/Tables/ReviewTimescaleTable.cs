using CaseLens.Analysis.Reports;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Tables;

/// <summary>
/// Table 21: how long reviews took. The first row is over SCR cases with a decision date (incident
/// to decision, in weeks), the second over those with decision and completion dates (decision to
/// completion, in months). Median, minimum and maximum are taken of the day counts (the median
/// of an even count is the mean of the middle two), then divided by 7 or 30.44 and rounded to one
/// decimal, half away from zero.
/// </summary>
internal static class ReviewTimescaleTable
{
    public const string WeeksRow = "incident_to_decision_weeks";
    public const string MonthsRow = "decision_to_completion_months";
    public const decimal DaysPerWeek = 7m;
    public const decimal DaysPerMonth = 30.44m;

    public static ReportTable Build(NotificationTally tally)
    {
        var columns = new List<(string Key, string Label, DayCounts Decision, DayCounts Completion)>();
        foreach (var type in Codes<IncidentType>.All)
        {
            columns.Add((Codes<IncidentType>.Code(type), Codes<IncidentType>.Label(type), tally.DecisionDays[(int)type], tally.CompletionDays[(int)type]));
        }

        columns.Add(("all", "All cases", All(tally.DecisionDays), All(tally.CompletionDays)));
        var weeks = new Dictionary<string, Cell>(StringComparer.Ordinal);
        var months = new Dictionary<string, Cell>(StringComparer.Ordinal);
        foreach (var (key, _, decision, completion) in columns)
        {
            weeks[key] = Summary(decision, DaysPerWeek);
            months[key] = Summary(completion, DaysPerMonth);
        }

        return new ReportTable
        {
            Id = "T21",
            Title = "Progress of serious case reviews",
            Kind = TableKind.Statistics,
            Columns = columns.Select(c => new ReportColumn(c.Key, c.Label, c.Decision.Count)).ToArray(),
            Rows =
            [
                new ReportRow(WeeksRow, "Duration from time of incident to 'SCR confirmed' (weeks)", weeks),
                new ReportRow(MonthsRow, "Duration between confirmation of SCR and completion (months)", months),
            ],
        };
    }

    private static DayCounts All(DayCounts[] byType)
    {
        var all = new DayCounts();
        foreach (var days in byType)
        {
            all.Add(days);
        }

        return all;
    }

    private static Cell Summary(DayCounts days, decimal unit)
    {
        if (days.Count == 0)
        {
            return new Cell { N = 0 };
        }

        var sorted = days.Ascending();
        var middle = days.Count / 2;
        decimal median = days.Count % 2 == 1
            ? DayCounts.At(sorted, middle)
            : (DayCounts.At(sorted, middle - 1) + (decimal)DayCounts.At(sorted, middle)) / 2m;
        return new Cell
        {
            Median = Scaled(median, unit),
            Min = Scaled(sorted[0].Days, unit),
            Max = Scaled(sorted[^1].Days, unit),
            N = days.Count,
        };
    }

    private static double Scaled(decimal days, decimal unit) =>
        (double)Math.Round(days / unit, 1, MidpointRounding.AwayFromZero);
}
