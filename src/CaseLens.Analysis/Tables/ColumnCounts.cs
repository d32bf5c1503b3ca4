namespace CaseLens.Analysis.Tables;

/// <summary>
/// One case column before it becomes cells: a count per row (in row order), the base cases
/// with an empty value, and how to show it.
/// </summary>
/// <param name="N">The column's n; null means the sum of the counts of the rows that are not sub-rows.</param>
/// <param name="Percents">Whether cells carry a column percentage (multi-response tables give counts only).</param>
internal sealed record ColumnCounts(
    string Key,
    string Label,
    IReadOnlyList<int> Counts,
    int? NotKnown = null,
    int? N = null,
    bool Percents = true);
