using CaseLens.Analysis.Reports;

namespace CaseLens.Reporting.Charts;

/// <summary>
/// A bar chart of one count table for a screen (the web dashboard): a group of bars per row (totals
/// and sub-rows left out), a bar per column of case counts, drawn by the same code as the report's
/// figures, so a suppressed cell is an empty bar labelled with its mark, never its number. SVG only,
/// with a view box, ids scoped to the table.
/// </summary>
/// <param name="TableId">The table it is drawn from.</param>
/// <param name="Title">The table's title, the chart's too.</param>
/// <param name="Svg">The picture as an SVG document.</param>
public sealed record CountChart(string TableId, string Title, string Svg)
{
    /// <summary>The chart of <paramref name="tableId"/> in <paramref name="report"/>, its categories named <paramref name="categoryLabel"/>; null when the report lacks it or it has no counts.</summary>
    public static CountChart? Of(Report report, string tableId, string categoryLabel)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Find(tableId) is not { } table)
        {
            return null;
        }

        var figure = new ColumnBarFigure("C" + tableId, tableId, table.Title, categoryLabel, "Count", CellBars.Count, caseColumnsOnly: true);
        if (figure.Draw(report) is not { } drawn)
        {
            return null;
        }

        using (drawn.Plot)
        {
            var svg = SvgText.Scoped(drawn.Plot.GetSvgXml(drawn.Width, drawn.Height), "chart-" + tableId, drawn.Width, drawn.Height);
            return new CountChart(tableId, table.Title, svg);
        }
    }
}
