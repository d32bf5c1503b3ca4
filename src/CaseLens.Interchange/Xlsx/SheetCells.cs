using System.Globalization;
using System.Text;
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
        new(reference, false, XmlSafe(text), style);

    /// <summary>The A1 reference of a cell; <paramref name="column"/> is 0-based, <paramref name="row"/> 1-based.</summary>
    public static string Reference(int column, int row)
    {
        var letters = new StringBuilder(3);
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return letters.Append(row.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    // Characters XML 1.0 cannot hold (control characters, lone surrogates) are shown as U+FFFD.
    private static string XmlSafe(string text)
    {
        if (!text.Any(c => !XmlAllowed(c)) && !HasLoneSurrogate(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(XmlAllowed(c) && !char.IsSurrogate(c) ? c : '\uFFFD');
            }
        }

        return builder.ToString();
    }

    private static bool XmlAllowed(char c) => c >= 0x20 ? c is not ('\uFFFE' or '\uFFFF') : c is '\t' or '\n' or '\r';

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
