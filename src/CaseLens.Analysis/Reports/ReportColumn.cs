namespace CaseLens.Analysis.Reports;

/// <summary>A column of a table.</summary>
/// <param name="Key">The column key: a code, a period label or a comparator's column name.</param>
/// <param name="Label">The human heading.</param>
/// <param name="N">Base cases counted in the column's rows; null where it does not apply.</param>
/// <param name="Source">Where the column comes from.</param>
public sealed record ReportColumn(string Key, string Label, int? N, ColumnSource Source = ColumnSource.Cases);
