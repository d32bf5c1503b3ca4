namespace CaseLens.Analysis.Comparators;

/// <summary>
/// One published figure to print beside the data: the cell (<paramref name="Row"/>,
/// <paramref name="Column"/>) of table <paramref name="Table"/>, as a count, a whole-number
/// percent, or both, exactly as the comparator file gives it.
/// </summary>
/// <param name="Line">The file line the figure was read from (the header being line 1); 0 when not read from a file.</param>
public sealed record ComparatorFigure(string Table, string Row, string Column, int? Count, int? Percent, int Line = 0);
