using CaseLens.Analysis.Reports;
using CaseLens.Reporting.Wording;
using ScottPlot;

namespace CaseLens.Reporting.Charts;

/// <summary>
/// Figure 9, the threshold map: level of intervention (rows <c>4</c> … <c>1</c> of table <c>TM</c>, drawn
/// bottom to top) against co-operation (columns <c>1</c> … <c>5</c>, left to right). Each cell is a bubble
/// whose area grows with its count, labelled with the count; a suppressed cell shows only its mark.
/// The line between levels 2 and 3 is the threshold for children's social care.
/// </summary>
internal sealed class ThresholdMapFigure : IFigure
{
    private const string MapTitle = "Threshold map of level of intervention and degree of co-operation at the time of incident";
    private const double MaxMarkerSize = 70;

    public string Id => "F9";

    public FigurePlot? Draw(Report report)
    {
        if (report.Find("TM") is not { } table)
        {
            return null;
        }

        var levels = table.Rows.Where(r => !r.IsSubRow && int.TryParse(r.Key, out _)).OrderBy(r => int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var cooperation = table.Columns.Where(c => c.Source == ColumnSource.Cases && int.TryParse(c.Key, out _)).ToList();
        if (levels.Count == 0 || cooperation.Count == 0)
        {
            return null;
        }

        var n = table.Columns.FirstOrDefault(c => c.Key == "total")?.N;
        var title = n is { } total ? $"{MapTitle} (n={CellText.Whole(total)})" : MapTitle;
        var plot = ChartPalette.NewPlot(n is { } all ? $"Threshold map (n={CellText.Whole(all)})" : "Threshold map", "Co-operation", "Level of intervention");
        var largest = Math.Max(1, levels.SelectMany(r => r.Cells.Values).Where(c => !c.Suppressed).Select(c => c.Count ?? 0).DefaultIfEmpty(0).Max());
        for (var y = 0; y < levels.Count; y++)
        {
            for (var x = 0; x < cooperation.Count; x++)
            {
                DrawCell(plot, x, y, CellBars.At(levels[y], cooperation[x].Key), largest);
            }
        }

        DrawThresholds(plot, levels, cooperation);
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, cooperation.Count).Select(i => (double)i).ToArray(), cooperation.Select(c => ChartLabels.Wrap(c.Label)).ToArray());
        plot.Axes.Left.SetTicks(Enumerable.Range(0, levels.Count).Select(i => (double)i).ToArray(), levels.Select(r => ChartLabels.Wrap(r.Label)).ToArray());
        plot.Axes.Bottom.TickLabelStyle.FontName = ChartPalette.Font;
        plot.Axes.Left.TickLabelStyle.FontName = ChartPalette.Font;
        plot.Axes.SetLimits(-0.5, cooperation.Count - 0.5, -0.5, levels.Count - 0.5);
        plot.HideGrid();
        plot.HideLegend();
        return new FigurePlot(plot, title, "TM", 900, 560);
    }

    private static void DrawCell(Plot plot, int x, int y, Cell? cell, int largest)
    {
        string text;
        if (cell is null)
        {
            return;
        }

        if (cell.Suppressed)
        {
            text = CellText.SuppressedMark(cell);
        }
        else if (cell.Count is { } count)
        {
            text = CellText.Whole(count);
            if (count > 0)
            {
                var marker = plot.Add.Marker(x, y, MarkerShape.FilledCircle, (float)(12 + (MaxMarkerSize * Math.Sqrt((double)count / largest))));
                marker.Color = ChartPalette.Series(0).WithAlpha(0.35);
            }
        }
        else
        {
            return;
        }

        var label = plot.Add.Text(text, x, y);
        label.LabelFontName = ChartPalette.Font;
        label.LabelFontSize = 15;
        label.LabelBold = true;
        label.LabelAlignment = Alignment.MiddleCenter;
    }

    private static void DrawThresholds(Plot plot, IReadOnlyList<ReportRow> levels, IReadOnlyList<ReportColumn> cooperation)
    {
        var threshold = levels.ToList().FindIndex(r => r.Key == "3");
        if (threshold > 0)
        {
            plot.Add.HorizontalLine(threshold - 0.5, 2, ChartPalette.Series(1));
            var label = plot.Add.Text("threshold for children's social care", -0.45, threshold - 0.5);
            label.LabelFontName = ChartPalette.Font;
            label.LabelFontSize = 11;
            label.LabelFontColor = ChartPalette.Series(1);
            label.LabelAlignment = Alignment.LowerLeft;
        }

        var neutral = cooperation.ToList().FindIndex(c => c.Key == "3");
        if (neutral >= 0)
        {
            foreach (var edge in new[] { neutral - 0.5, neutral + 0.5 })
            {
                var line = plot.Add.VerticalLine(edge, 1, ChartPalette.Series(2));
                line.LinePattern = LinePattern.Dashed;
            }
        }
    }
}
