namespace CaseLens.Reporting.Charts;

/// <summary>One series of a bar chart: its legend name and a value per category (null: no bar).</summary>
internal sealed record BarSeries(string Name, IReadOnlyList<BarValue?> Values);
