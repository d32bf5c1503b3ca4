namespace CaseLens.Reporting.Charts;

/// <summary>A bar's height and the text printed on it; a suppressed cell is height 0 with its mark.</summary>
internal readonly record struct BarValue(double Height, string Label);
