using System.Globalization;

namespace CaseLens.Interchange.Xlsx;

/// <summary>A spreadsheet cell's A1 reference (column letters, then the row number), for every workbook CaseLens writes.</summary>
public static class CellReference
{
    /// <summary>The reference of a cell; <paramref name="column"/> and <paramref name="row"/> are both 1-based.</summary>
    public static string Of(int column, long row)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(row, 1);
        return string.Concat(Column(column), row.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The letters of a 1-based column: 1 is A, 26 is Z, 27 is AA.</summary>
    public static string Column(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        Span<char> letters = stackalloc char[8];
        var at = letters.Length;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters[--at] = (char)('A' + ((n - 1) % 26));
        }

        return new string(letters[at..]);
    }

    /// <summary>The 0-based column of an A1 reference (<c>C7</c> is 2): the letters before the row number.</summary>
    public static int ColumnIndexOf(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var column = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (c - 'A' + 1);
        }

        return column - 1;
    }
}
