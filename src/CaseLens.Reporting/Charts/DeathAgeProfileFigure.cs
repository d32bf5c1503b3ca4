using CaseLens.Analysis.Reports;

namespace CaseLens.Reporting.Charts;

/// <summary>
/// Figure 7: the age profile of each category of maltreatment-related death, stacked by age group,
/// from table <c>F7</c> (rows: categories; columns: age groups; counts). A report without <c>F7</c>
/// gets the number of deaths per category from Table 18 instead.
/// </summary>
internal sealed class DeathAgeProfileFigure : IFigure
{
    private const string ProfileTitle = "Age profile of the different categories of maltreatment-related deaths";
    private const string CategoryTitle = "Categories of maltreatment-related deaths";

    public string Id => "F7";

    public FigurePlot? Draw(Report report)
    {
        if (report.Find("F7") is { } profile && ChartRows.Of(profile) is { Count: > 0 } rows)
        {
            var ageColumns = profile.Columns.Where(c => c.Source == ColumnSource.Cases).ToList();
            var series = ageColumns
                .Select(c => new BarSeries(c.Label, rows.Select(r => CellBars.Count(CellBars.At(r, c.Key))).ToList()))
                .ToList();
            var plot = BarChart.Stacked(ProfileTitle, "Category of death", "Number of deaths", rows.Select(r => r.Key).ToList(), series);
            return new FigurePlot(plot, ProfileTitle, "F7");
        }

        if (report.Find("T18") is { } categories && ChartRows.Of(categories) is { Count: > 0 } t18Rows
            && categories.Columns.FirstOrDefault(c => c.Key == "count") is { } count)
        {
            var series = new BarSeries(count.Label, t18Rows.Select(r => CellBars.Count(CellBars.At(r, count.Key))).ToList());
            var plot = BarChart.Grouped(CategoryTitle, "Category of death", "Number of deaths", t18Rows.Select(r => r.Key).ToList(), [series]);
            return new FigurePlot(plot, CategoryTitle, "T18");
        }

        return null;
    }
}
