namespace CaseLens.Interchange.Xlsx;

/// <summary>
/// One cell ready to write: an inline string, or a number (a date is a number with the date style).
/// Kept as plain values so a sheet of a million rows is written without building an element tree.
/// </summary>
internal readonly record struct SheetCell(string Reference, bool IsNumber, string Value, uint Style);
