using CaseLens.Analysis.Reports;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Tables;

/// <summary>Tables 1–3 and Figure 3: the SCR cases by age.</summary>
internal static class AgeTables
{
    private static readonly RowSpec[] AgeRows = Rows.Of<AgeGroup>();

    /// <summary>Table 1: a column for every study year from the first SCR case's to the last's, empty years included.</summary>
    public static ReportTable StudyYears(NotificationTally tally)
    {
        var columns = new List<ColumnCounts>();
        if (tally.StudyYears.Count > 0)
        {
            var first = tally.StudyYears.Keys.Min();
            var last = tally.StudyYears.Keys.Max();
            for (var year = new StudyYear(first); year.StartYear <= last; year = year.Next())
            {
                var counts = tally.StudyYears.GetValueOrDefault(year.StartYear) ?? new int[NotificationTally.AgeSlots];
                var label = year.ToString();
                columns.Add(new ColumnCounts(label, TableShape.PeriodHeading(label), counts[..5], counts[NotificationTally.UnknownAge]));
            }
        }

        return TableShape.Build("T1", "Age at time of incident", AgeRows, columns);
    }

    /// <summary>Table 2: the period's SCR cases by age group.</summary>
    public static ReportTable Period(NotificationTally tally, TableOptions options) =>
        TableShape.Period(
            "T2",
            "Age at time of incident, retrospective and population comparisons",
            options.PeriodLabel,
            AgeRows,
            tally.Age[..5],
            tally.Age[NotificationTally.UnknownAge]);

    /// <summary>Figure 3: the fine age bands.</summary>
    public static ReportTable FineBands(NotificationTally tally, TableOptions options) =>
        TableShape.Period("F3", "Age categories", options.PeriodLabel, Rows.Of<FineAgeBand>(), tally.FineBand[..9], tally.FineBand[9]);

    /// <summary>Table 3: age group by gender; a column counts the cases of that gender with a known age.</summary>
    public static ReportTable Gender(NotificationTally tally)
    {
        const int width = NotificationTally.AgeSlots;
        var columns = Codes<Gender>.All.Select(gender =>
        {
            var counts = tally.GenderAge.AsSpan((int)gender * width, width).ToArray();
            return new ColumnCounts(Codes<Gender>.Code(gender), Codes<Gender>.Label(gender), counts[..5], counts[NotificationTally.UnknownAge]);
        }).ToArray();
        var genderNotKnown = tally.GenderAge.AsSpan(2 * width, width).ToArray().Sum();
        return TableShape.Build("T3", "Gender and age", AgeRows, columns, Notes.Of(("gender_not_known", genderNotKnown)));
    }
}
