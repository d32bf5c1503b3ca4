using CaseLens.Analysis.Reports;
using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Tables;

/// <summary>Tables 4–6: ethnicity, siblings and birth order of the SCR cases.</summary>
internal static class ChildTables
{
    private static readonly RowSpec[] SiblingRows =
    [
        new("0", "0"), new("1", "1"), new("2", "2"), new("3", "3"), new("4", "4"), new("5_plus", "5 and over"),
    ];

    private static readonly BirthOrder[] BirthOrderRows =
        [BirthOrder.Oldest, BirthOrder.Youngest, BirthOrder.Middle, BirthOrder.Only, BirthOrder.Twin];

    public static ReportTable ByEthnicity(NotificationTally tally, TableOptions options) =>
        TableShape.Period("T4", "Ethnicity", options.PeriodLabel, Rows.Of<Ethnicity>(), tally.Ethnicity[..5], tally.Ethnicity[5]);

    public static ReportTable BySiblings(NotificationTally tally, TableOptions options) =>
        TableShape.Period("T5", "Number of siblings", options.PeriodLabel, SiblingRows, tally.Siblings[..6], tally.Siblings[6]);

    public static ReportTable ByBirthOrder(NotificationTally tally, TableOptions options) =>
        TableShape.Period(
            "T6",
            "Birth order",
            options.PeriodLabel,
            Rows.Of(BirthOrderRows),
            Rows.Pick(tally.BirthOrder, BirthOrderRows),
            tally.BirthOrder[5]);
}
