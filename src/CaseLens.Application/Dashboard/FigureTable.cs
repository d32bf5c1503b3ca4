namespace CaseLens.Application.Dashboard;

/// <summary>One table of the dashboard as text ready to show: suppressed cells already carry their mark.</summary>
public sealed record FigureTable(string Id, string Title, IReadOnlyList<string> Columns, IReadOnlyList<FigureRow> Rows)
{
    /// <summary>
    /// The table as a bar chart (an SVG document) drawn from the same protected table, so a withheld
    /// cell is an empty bar with its mark; null when it has nothing to draw. The table is its text
    /// alternative.
    /// </summary>
    public string? ChartSvg { get; init; }
}

/// <summary>A row of a <see cref="FigureTable"/>: its label and one text per column.</summary>
public sealed record FigureRow(string Label, IReadOnlyList<string> Cells);
