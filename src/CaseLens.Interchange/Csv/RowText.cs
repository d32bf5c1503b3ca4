using CaseLens.Domain.Validation;

namespace CaseLens.Interchange.Csv;

/// <summary>
/// One row's cells as characters, unquoted, in a buffer a reading thread keeps from row to row, handed
/// to the format's rules as spans (<see cref="Cells"/>): a valid row costs no string per cell, only the
/// strings its record keeps. Not thread-safe: one a thread.
/// </summary>
internal sealed class RowText
{
    private readonly IReadOnlyDictionary<string, int> _byReference;
    private readonly IReadOnlyDictionary<string, int> _byName;
    private readonly int[] _start;
    private readonly int[] _length;

    // The rules ask for the columns in the same order every row: the k-th question of the last row,
    // by reference, answers the k-th of this one without a lookup.
    private readonly string?[] _asked = new string?[128];
    private readonly int[] _askedAt = new int[128];
    private int _question;
    private char[] _chars = new char[1024];

    /// <param name="byReference">Column index by the catalogue's own strings (compared by reference).</param>
    /// <param name="byName">Column index by name (ordinal), for any other string.</param>
    /// <param name="width">How many columns a row has.</param>
    public RowText(IReadOnlyDictionary<string, int> byReference, IReadOnlyDictionary<string, int> byName, int width)
    {
        _byReference = byReference;
        _byName = byName;
        _start = new int[width];
        _length = new int[width];
        Cells = Cell;
    }

    /// <summary>The cells of the row last filled, by column name.</summary>
    public RowCells Cells { get; }

    /// <summary>The cell at <paramref name="column"/> of the row last filled.</summary>
    public ReadOnlySpan<char> this[int column] => _chars.AsSpan(_start[column], _length[column]);

    /// <summary>
    /// Takes the cells of a row (<paramref name="cells"/>, each ending where <paramref name="cellEnds"/>
    /// says, as many as the row was made for), a quoted cell without its quotes and with each doubled
    /// quote made one; false if a cell breaks the quoting rules (<see cref="RawRecord.BadlyQuoted{T}"/>).
    /// </summary>
    public bool TryFill(ReadOnlySpan<char> cells, ReadOnlySpan<int> cellEnds)
    {
        _question = 0;
        if (_chars.Length < cells.Length)
        {
            _chars = new char[Math.Max(cells.Length, _chars.Length * 2)];
        }

        var at = 0;
        var from = 0;
        for (var i = 0; i < _start.Length; i++)
        {
            var raw = cells[from..cellEnds[i]];
            from = cellEnds[i];
            _start[i] = at;
            if (raw.IsEmpty || !raw.Contains('"'))
            {
                raw.CopyTo(_chars.AsSpan(at));
                at += raw.Length;
            }
            else if (RawRecord.BadlyQuoted(raw))
            {
                return false;
            }
            else
            {
                at += Unquote(raw[1..^1], _chars.AsSpan(at));
            }

            _length[i] = at - _start[i];
        }

        return true;
    }

    /// <summary>Copies <paramref name="quoted"/> with each "" made one "; how many characters were written.</summary>
    private static int Unquote(ReadOnlySpan<char> quoted, Span<char> into)
    {
        var written = 0;
        for (var i = 0; i < quoted.Length; i++)
        {
            into[written++] = quoted[i];
            if (quoted[i] == '"')
            {
                i++;
            }
        }

        return written;
    }

    private ReadOnlySpan<char> Cell(string column)
    {
        var k = _question++;
        int at;
        if (k < _asked.Length && ReferenceEquals(_asked[k], column))
        {
            at = _askedAt[k];
        }
        else
        {
            at = _byReference.TryGetValue(column, out var found) || _byName.TryGetValue(column, out found) ? found : -1;
            if (k < _asked.Length)
            {
                _asked[k] = column;
                _askedAt[k] = at;
            }
        }

        return at < 0 ? default : this[at];
    }
}
