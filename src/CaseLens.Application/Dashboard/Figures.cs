namespace CaseLens.Application.Dashboard;

/// <summary>The dashboard's figures: the tables, and the suppression threshold applied to them (0: none).</summary>
public sealed record Figures(IReadOnlyList<FigureTable> Tables, int SuppressionThreshold);
