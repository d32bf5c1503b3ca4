using CaseLens.Analysis.Reports;
using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Tables;

/// <summary>
/// Table 18: SCR deaths by category. A possible category (<c>A1</c> …) counts under its letter;
/// <c>suicide</c> is category E or E1 with harm type suicide and <c>E</c> the rest of E and E1.
/// The base is the SCR deaths with a category; deaths without one are not known.
/// </summary>
internal static class DeathCategoryTable
{
    public const string CountColumn = "count";
    public const string PercentOfDeathsColumn = "percent_of_deaths";
    public const string PercentOfCasesColumn = "percent_of_cases";

    public static ReportTable Build(NotificationTally tally)
    {
        var total = tally.DeathCategory[..12].Sum();
        var rows = new List<ReportRow>(DeathGroups.All.Length + 1);
        foreach (var (key, label, categories) in DeathGroups.All)
        {
            var count = key == DeathGroups.Suicide
                ? tally.DeathSuicide
                : categories.Sum(c => tally.DeathCategory[(int)c]) - (key == "E" ? tally.DeathSuicide : 0);
            rows.Add(Row(key, label, count, total, tally.ScrCases));
        }

        rows.Add(Row("total", "Total deaths", total, total, tally.ScrCases, RowKind.Total));
        return new ReportTable
        {
            Id = "T18",
            Title = "Death / incident categorisation",
            Columns =
            [
                new ReportColumn(CountColumn, "Frequency", total),
                new ReportColumn(PercentOfDeathsColumn, "Percentage of the deaths", total),
                new ReportColumn(PercentOfCasesColumn, "Percentage of the cases", tally.ScrCases),
            ],
            Rows = rows,
            NotKnown = new Dictionary<string, int>(StringComparer.Ordinal) { [CountColumn] = tally.DeathCategory[12] },
        };
    }

    private static ReportRow Row(string key, string label, int count, int deaths, int cases, RowKind kind = RowKind.Category) =>
        new(
            key,
            label,
            new Dictionary<string, Cell>(StringComparer.Ordinal)
            {
                [CountColumn] = new() { Count = count },
                [PercentOfDeathsColumn] = new() { Percent = Percent.Of(count, deaths) },
                [PercentOfCasesColumn] = new() { Percent = Percent.Of(count, cases) },
            },
            kind);
}
