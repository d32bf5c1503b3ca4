using CaseLens.Analysis.Reports;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Grouping;

namespace CaseLens.Analysis.Tables;

/// <summary>
/// Figure 7's table <c>F7</c>: the SCR deaths with a category, by category (Table 18's rows without the
/// total) and age group (the columns, Table 2's bands). Cells are counts; a column's n is the deaths of
/// that age group. Deaths with a category but no known age are the note <see cref="AgeNotKnownNote"/>,
/// so a row's cells plus its deaths of unknown age give Table 18's count.
/// </summary>
internal static class DeathAgeProfileTable
{
    public const string AgeNotKnownNote = "age_not_known";

    public static ReportTable Build(NotificationTally tally)
    {
        const int width = NotificationTally.AgeSlots;
        var groups = DeathGroups.All.Length;
        var columns = Codes<AgeGroup>.All.Select(age =>
        {
            var counts = new int[groups];
            for (var group = 0; group < groups; group++)
            {
                counts[group] = tally.DeathGroupAge[group * width + (int)age];
            }

            return new ColumnCounts(Codes<AgeGroup>.Code(age), Codes<AgeGroup>.Label(age), counts, Percents: false);
        }).ToArray();
        var ageNotKnown = 0;
        for (var group = 0; group < groups; group++)
        {
            ageNotKnown += tally.DeathGroupAge[group * width + NotificationTally.UnknownAge];
        }

        return TableShape.Build(
            "F7",
            "Age profile of the different categories of maltreatment related deaths",
            DeathGroups.Rows,
            columns,
            Notes.Of((AgeNotKnownNote, ageNotKnown)));
    }
}
