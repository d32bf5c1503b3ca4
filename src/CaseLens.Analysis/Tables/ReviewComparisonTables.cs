using CaseLens.Analysis.Reports;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Tables;

/// <summary>
/// Tables A2–A5: notifications that became a review (<c>yes</c>) beside those that did not
/// (<c>no</c>), by age, gender, incident type and ethnicity, with column percentages. The base
/// drops undetermined notifications and exclusions of every kind.
/// </summary>
internal static class ReviewComparisonTables
{
    public static ReportTable ByAge(NotificationTally tally) =>
        Build("A2", "SCR undertaken by age", Rows.Of<AgeGroup>(), tally.CompareAge, NotificationTally.AgeSlots);

    public static ReportTable ByGender(NotificationTally tally) =>
        Build("A3", "SCR undertaken by gender", Rows.Of<Gender>(), tally.CompareGender, 3);

    public static ReportTable ByIncidentType(NotificationTally tally) =>
        Build("A4", "SCR undertaken by incident type", Rows.Of<IncidentType>(), tally.CompareIncident, 3);

    public static ReportTable ByEthnicity(NotificationTally tally) =>
        Build("A5", "SCR undertaken by ethnicity", Rows.Of<Ethnicity>(), tally.CompareEthnicity, 6);

    /// <param name="counts">Status (0 no, 1 yes) × value, the last value slot being not known.</param>
    private static ReportTable Build(string id, string title, RowSpec[] rows, int[] counts, int width)
    {
        ColumnCounts Column(string key, string label, int status) =>
            new(key, label, counts[(status * width)..(status * width + rows.Length)], counts[status * width + width - 1]);

        return TableShape.Build(id, title, rows, [Column("no", "No", 0), Column("yes", "Yes", 1)]);
    }
}
