using CaseLens.Analysis.Reports;

namespace CaseLens.Reporting.Charts;

/// <summary>
/// Figure 7: the age profile of each category of maltreatment-related death, stacked by age group,
/// from table <c>F7</c> (rows: categories; columns: age groups; counts). A report without <c>F7</c> has no Figure 7.
/// </summary>
internal sealed class DeathAgeProfileFigure : IFigure
{
    private const string Title = "Age profile of the different categories of maltreatment related deaths";

    public string Id => "F7";

    public FigurePlot? Draw(Report report)
    {
        if (report.Find("F7") is not { } profile || ChartRows.Of(profile) is not { Count: > 0 } rows)
        {
            return null;
        }

        var series = profile.Columns
            .Where(c => c.Source == ColumnSource.Cases)
            .Select(c => new BarSeries(c.Label, rows.Select(r => CellBars.Count(CellBars.At(r, c.Key))).ToList()))
            .ToList();
        var plot = BarChart.Stacked(Title, "Category of death", "Number of deaths", rows.Select(r => r.Key).ToList(), series);
        return new FigurePlot(plot, Title, "F7");
    }
}
