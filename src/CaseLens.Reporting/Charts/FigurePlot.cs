using ScottPlot;

namespace CaseLens.Reporting.Charts;

/// <summary>A figure ready to render: the plot, its caption title, its source table and pixel size.</summary>
internal sealed record FigurePlot(Plot Plot, string Title, string SourceTableId, int Width = ChartPalette.Width, int Height = ChartPalette.Height);
