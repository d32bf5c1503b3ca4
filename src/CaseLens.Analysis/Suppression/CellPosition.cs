namespace CaseLens.Analysis.Suppression;

/// <summary>A cell of a table by row index and column index (0-based, in the table's order).</summary>
internal readonly record struct CellPosition(int Row, int Column);
