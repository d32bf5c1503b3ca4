using CaseLens.Analysis.Reports;

namespace CaseLens.Reporting.Charts;

/// <summary>
/// A figure of grouped bars, a category per row and a series per column of its table:
/// Figure 2 (age, T2), Figure 3 (fine age bands, F3), Figure 4 (gender by age, T3),
/// Figure 5 (ethnicity with comparators, T4) and Figure 6 (birth order, T6).
/// </summary>
internal sealed class ColumnBarFigure(string id, string tableId, string title, string xLabel, string yLabel, Func<Cell?, BarValue?> read, bool caseColumnsOnly = false)
    : IFigure
{
    public string Id => id;

    public FigurePlot? Draw(Report report)
    {
        if (report.Find(tableId) is not { } table)
        {
            return null;
        }

        var rows = ChartRows.Of(table);
        var columns = caseColumnsOnly ? table with { Columns = table.Columns.Where(c => c.Source == ColumnSource.Cases).ToList() } : table;
        var series = CellBars.PerColumn(columns, rows, read);
        if (rows.Count == 0 || series.Count == 0)
        {
            return null;
        }

        var plot = BarChart.Grouped(title, xLabel, yLabel, rows.Select(r => r.Label).ToList(), series);
        return new FigurePlot(plot, title, tableId);
    }
}
