using System.Globalization;
using CaseLens.Domain.Validation;

namespace CaseLens.Interchange.Xlsx;

/// <summary>
/// Builds typed cells from a column's cell text: numbers as numbers, dates as serial dates with
/// the date style, codes as their human labels, everything else as inline text. No cell is ever a
/// formula: text such as <c>=HYPERLINK(…)</c> is written as an inline string.
/// </summary>
internal static class SheetCells
{
    public static SheetCell? For(ColumnDefinition column, string text, string reference)
    {
        if (text.Length == 0)
        {
            return null;
        }

        switch (column.Kind)
        {
            case ColumnKind.Integer when int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number):
                return new SheetCell(reference, true, number.ToString(CultureInfo.InvariantCulture), SheetStyles.Plain);
            case ColumnKind.Date when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                var serial = date.ToDateTime(TimeOnly.MinValue).ToOADate();
                return new SheetCell(reference, true, serial.ToString(CultureInfo.InvariantCulture), SheetStyles.Date);
            case ColumnKind.Code or ColumnKind.YesNo:
                return Text(column.LabelOf(text), reference);
            case ColumnKind.Codes:
                return Text(string.Join("; ", text.Split(';').Select(code => column.LabelOf(code.Trim()))), reference);
            default:
                return Text(text, reference);
        }
    }

    public static SheetCell Text(string text, string reference, uint style = SheetStyles.Plain) =>
        new(reference, false, XmlText.Clean(text, keepLineBreaks: true), style);
}
