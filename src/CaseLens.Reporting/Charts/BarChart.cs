using ScottPlot;

namespace CaseLens.Reporting.Charts;

/// <summary>Grouped and stacked vertical bar charts with a label on every bar.</summary>
internal static class BarChart
{
    private const double GroupWidth = 0.8;

    /// <summary>Bars side by side within each category, one colour per series, a legend when there are several.</summary>
    public static Plot Grouped(string title, string xLabel, string yLabel, IReadOnlyList<string> categories, IReadOnlyList<BarSeries> series)
    {
        var plot = ChartPalette.NewPlot(title, xLabel, yLabel);
        var barWidth = GroupWidth / Math.Max(1, series.Count);
        var top = 0.0;
        for (var s = 0; s < series.Count; s++)
        {
            var bars = new List<Bar>();
            for (var c = 0; c < categories.Count && c < series[s].Values.Count; c++)
            {
                if (series[s].Values[c] is not { } value)
                {
                    continue;
                }

                top = Math.Max(top, value.Height);
                bars.Add(new Bar
                {
                    Position = c - (GroupWidth / 2) + (barWidth * (s + 0.5)),
                    Value = value.Height,
                    Size = barWidth * 0.92,
                    Label = value.Label,
                    FillColor = ChartPalette.Series(s),
                    LineWidth = 0,
                });
            }

            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = series[s].Name;
            plottable.ValueLabelStyle.FontSize = series.Count > 3 ? 10 : 12;
            plottable.ValueLabelStyle.FontName = ChartPalette.Font;
        }

        Finish(plot, categories, top, series.Count > 1);
        return plot;
    }

    /// <summary>One bar per category made of a segment per series, labelled with the segment's text when it has height.</summary>
    public static Plot Stacked(string title, string xLabel, string yLabel, IReadOnlyList<string> categories, IReadOnlyList<BarSeries> series)
    {
        var plot = ChartPalette.NewPlot(title, xLabel, yLabel);
        var bases = new double[categories.Count];
        var suppressedNotes = new List<string>[categories.Count];
        for (var s = 0; s < series.Count; s++)
        {
            var bars = new List<Bar>();
            for (var c = 0; c < categories.Count && c < series[s].Values.Count; c++)
            {
                if (series[s].Values[c] is not { } value)
                {
                    continue;
                }

                if (value.Height <= 0)
                {
                    // An empty or suppressed segment has no height to print on: its mark goes above the bar.
                    if (value.Label.Length > 0 && value.Label != "0")
                    {
                        (suppressedNotes[c] ??= []).Add($"{series[s].Name} {value.Label}");
                    }

                    continue;
                }

                bars.Add(new Bar
                {
                    Position = c,
                    ValueBase = bases[c],
                    Value = bases[c] + value.Height,
                    Size = GroupWidth * 0.8,
                    Label = value.Label,
                    CenterLabel = true,
                    FillColor = ChartPalette.Series(s),
                    LineWidth = 0,
                });
                bases[c] += value.Height;
            }

            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = series[s].Name;
            plottable.ValueLabelStyle.FontSize = 11;
            plottable.ValueLabelStyle.FontName = ChartPalette.Font;
            plottable.ValueLabelStyle.ForeColor = Colors.White;
        }

        var top = bases.DefaultIfEmpty(0).Max();
        for (var c = 0; c < categories.Count; c++)
        {
            if (suppressedNotes[c] is { } notes)
            {
                var text = plot.Add.Text("also " + string.Join("\n", notes), c, bases[c] + (Math.Max(top, 1) * 0.02));
                text.LabelFontName = ChartPalette.Font;
                text.LabelFontSize = 10;
                text.LabelAlignment = Alignment.LowerCenter;
            }
        }

        Finish(plot, categories, top, series.Count > 1);
        return plot;
    }

    private static void Finish(Plot plot, IReadOnlyList<string> categories, double top, bool legend)
    {
        var positions = Enumerable.Range(0, categories.Count).Select(i => (double)i).ToArray();
        // Many categories leave little room each: break their labels into shorter lines.
        plot.Axes.Bottom.SetTicks(positions, categories.Select(c => ChartLabels.Wrap(c, Math.Clamp(90 / Math.Max(1, categories.Count), 6, 18))).ToArray());
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickLabelStyle.FontName = ChartPalette.Font;
        plot.Axes.Left.TickLabelStyle.FontName = ChartPalette.Font;
        plot.Axes.SetLimits(-0.6, categories.Count - 0.4, 0, Math.Max(1, top) * 1.18);
        plot.HideGrid();
        if (legend)
        {
            plot.ShowLegend(Alignment.UpperRight);
            plot.Legend.FontName = ChartPalette.Font;
        }
        else
        {
            plot.HideLegend();
        }
    }
}
