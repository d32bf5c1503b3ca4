namespace CaseLens.Analysis.Reports;

/// <summary>A row of a table: its key (a code), label, one cell per column key, and what kind of row it is.</summary>
/// <param name="Kind">A sub-row is not part of its column's sum; a total row is the sum of the rows above it.</param>
public sealed record ReportRow(string Key, string Label, IReadOnlyDictionary<string, Cell> Cells, RowKind Kind = RowKind.Category)
{
    /// <summary>Whether the row is part of the row above (<see cref="RowKind.SubRow"/>) and not added into its column's sum.</summary>
    public bool IsSubRow => Kind == RowKind.SubRow;

    /// <summary>Whether the row is the sum of the rows above it (<see cref="RowKind.Total"/>).</summary>
    public bool IsTotal => Kind == RowKind.Total;
}
