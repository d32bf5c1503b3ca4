using nietras.SeparatedValues;

namespace CaseLens.Interchange.Csv;

/// <summary>
/// Rows copied out of Sep's buffer (the characters of their cells, still quoted, and where each cell
/// ends), with what was made of each, so that they can be checked on one thread while another reads
/// on. A scan has only a few batches, refilled once their results are taken (<see cref="RowBatches"/>).
/// </summary>
internal sealed class RowBatch<TOut>
{
    /// <summary>
    /// 512 rows of a notifications file are about 100,000 characters: handing them between threads
    /// costs nothing beside checking them, and the few batches in flight hold little.
    /// </summary>
    public const int MaxRows = 512;

    // A record whose characters could be longer than the exact reader's limit in UTF-8 (3 bytes at most each).
    private const int MaxRecordChars = CsvTableReader.MaxRecordBytes / 3;

    // A batch ends at the first row that starts past this many characters (a row longer than the rest
    // grows the buffer instead of being split).
    private const int CharBudget = 128 * 1024;

    private readonly int _width;
    private readonly int[] _rowStart = new int[MaxRows + 1];
    private readonly int[] _cellEnds;
    private readonly RowKind[] _kinds = new RowKind[MaxRows];
    private char[] _chars = new char[CharBudget + 8 * 1024];

    /// <param name="width">How many columns the header has.</param>
    public RowBatch(int width)
    {
        _width = width;
        _cellEnds = new int[MaxRows * width];
    }

    /// <summary>How many rows the last <see cref="Fill"/> took.</summary>
    public int Count { get; private set; }

    /// <summary>What was made of each row, by its index in the batch.</summary>
    public (RowKind Kind, ulong? IdHash, TOut Value)[] Results { get; } = new (RowKind, ulong?, TOut)[MaxRows];

    /// <summary>
    /// Takes the next rows of <paramref name="reader"/>; false when it had none left. A row with nothing
    /// on it is an <see cref="RowKind.EmptyLine"/>, one of another width or too long is
    /// <see cref="RowKind.Irregular"/> (its cells not copied), any other a <see cref="RowKind.Record"/> to check.
    /// </summary>
    public bool Fill(SepReader reader)
    {
        Count = 0;
        var used = 0;
        while (Count < MaxRows && used < CharBudget && reader.MoveNext())
        {
            var row = reader.Current;
            var length = row.Span.Length;
            _rowStart[Count] = used;
            if (row.ColCount == 1 && length == 0)
            {
                _kinds[Count++] = RowKind.EmptyLine;
                continue;
            }

            if (row.ColCount != _width || length > MaxRecordChars)
            {
                _kinds[Count++] = RowKind.Irregular;
                continue;
            }

            if (used + length > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(used + length, _chars.Length * 2));
            }

            var ends = _cellEnds.AsSpan(Count * _width, _width);
            for (var i = 0; i < ends.Length; i++)
            {
                var cell = row[i].Span;
                cell.CopyTo(_chars.AsSpan(used));
                used += cell.Length;
                ends[i] = used - _rowStart[Count];
            }

            _kinds[Count++] = RowKind.Record;
        }

        _rowStart[Count] = used;
        return Count > 0;
    }

    /// <summary>What <see cref="Fill"/> saw of row <paramref name="row"/> of the batch.</summary>
    public RowKind KindOf(int row) => _kinds[row];

    /// <summary>The characters of a row's cells, one after the other, quoted as in the file, without the separators.</summary>
    public ReadOnlySpan<char> CellsOf(int row) => _chars.AsSpan(_rowStart[row], _rowStart[row + 1] - _rowStart[row]);

    /// <summary>Where each cell of a row ends within <see cref="CellsOf"/>.</summary>
    public ReadOnlySpan<int> CellEndsOf(int row) => _cellEnds.AsSpan(row * _width, _width);

    /// <summary>Lets go of the results taken, so that what they hold dies young, before the batch is filled again.</summary>
    public void Clear() => Array.Clear(Results, 0, Count);
}
