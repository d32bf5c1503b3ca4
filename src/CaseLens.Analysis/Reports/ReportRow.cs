namespace CaseLens.Analysis.Reports;

/// <summary>A row of a table: its key (a code), label and one cell per column key.</summary>
/// <param name="IsSubRow">A sub-row (T17's <c>head_injury_under_1</c>) is not part of its column's sum.</param>
public sealed record ReportRow(string Key, string Label, IReadOnlyDictionary<string, Cell> Cells, bool IsSubRow = false);
