namespace CaseLens.Analysis.Tables;

/// <summary>A row's key (a code) and its printed label.</summary>
internal sealed record RowSpec(string Key, string Label, bool IsSubRow = false);
