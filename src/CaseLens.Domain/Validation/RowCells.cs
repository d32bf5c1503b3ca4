namespace CaseLens.Domain.Validation;

/// <summary>
/// The text of one cell of a row by column name, empty when the column is absent or the cell empty
/// (the two mean the same: not known). A reader that holds a row as characters hands its cells out
/// without making a string of each; the rules make one only where a record keeps text or a problem
/// quotes it.
/// </summary>
public delegate ReadOnlySpan<char> RowCells(string column);
