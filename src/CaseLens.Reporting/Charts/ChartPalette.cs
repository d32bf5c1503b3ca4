using ScottPlot;

namespace CaseLens.Reporting.Charts;

/// <summary>Colours and sizes shared by every figure, chosen to stay apart in greyscale print.</summary>
internal static class ChartPalette
{
    public const int Width = 800;
    public const int Height = 450;
    public const string Font = "DejaVu Sans";

    private static readonly Color[] Colors =
    [
        Color.FromHex("#1f4e79"),
        Color.FromHex("#c55a11"),
        Color.FromHex("#7f7f7f"),
        Color.FromHex("#548235"),
        Color.FromHex("#bf9000"),
        Color.FromHex("#7030a0"),
        Color.FromHex("#2e75b6"),
        Color.FromHex("#843c0c"),
    ];

    public static Color Series(int index) => Colors[index % Colors.Length];

    /// <summary>A plot with the common look: white background, named font, light grid.</summary>
    public static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(Font);
        plot.Title(title, 16);
        plot.XLabel(xLabel, 13);
        plot.YLabel(yLabel, 13);
        plot.Grid.MajorLineColor = Color.FromHex("#e0e0e0");
        return plot;
    }
}
