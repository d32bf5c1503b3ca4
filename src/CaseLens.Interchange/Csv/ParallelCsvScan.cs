using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace CaseLens.Interchange.Csv;

/// <summary>
/// The fast reader for a whole-file summary of a valid file: Sep parses the rows, which are checked in
/// batches (<see cref="RowBatches"/>), on several threads when asked; each row is checked and turned
/// into a record by the format's own <see cref="CsvSchema{T}.Parse"/> (the same cell rules as every
/// import), handed to a selector on the checking thread, and what the selector made is given to the
/// consumer in file order. Nothing of a row is kept after it, and only a few batches are in flight.
/// It never words a problem: at the first thing the exact reader (<see cref="CsvTableReader"/>)
/// would report, or might read otherwise (a byte-order mark of another encoding, bytes that are not
/// UTF-8, a control byte, a header it would refuse, a quote out of place, a row of another length, a
/// record too long, a cell its rules refuse, no records), it stops and answers false, and the caller reads the file again with the exact reader, which finds
/// and words every problem with its line. A true answer means the exact reader would have read the
/// same records with no problem, apart from repeated case ids, which are left to
/// <see cref="CaseIdHashes"/>.
/// </summary>
internal static class ParallelCsvScan
{
    // Decoding throws at the first byte that is not UTF-8 instead of turning it into U+FFFD.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads every data row of <paramref name="stream"/>: <paramref name="select"/> runs on the worker
    /// threads, <paramref name="consume"/> on the caller's, in file order, and each case id goes to
    /// <paramref name="ids"/> (when given). False as soon as the file is not plainly valid (see the class).
    /// </summary>
    /// <param name="parallelism">How many threads parse; 1 reads on the caller's thread alone.</param>
    public static bool TryScan<T, TOut>(
        Stream stream, CsvSchema<T> schema, int parallelism, Func<T, TOut> select, Action<TOut> consume, CaseIdHashes? ids)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(schema);
        var head = ReplayStream.ReadHead(stream, ByteOrderMark.MaxLength);
        if (ByteOrderMark.RefusedEncoding(head) is not null)
        {
            return false;
        }

        try
        {
            using var replay = new ReplayStream(head, stream);

            // A UTF-8 byte-order mark is skipped, as the exact reader accepts one; other marks were refused above.
            using var text = new StreamReader(replay, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
            using var reader = Sep.Reader(o => o with
            {
                Sep = new Sep(','),
                HasHeader = true,
                DisableColCountCheck = true,
                CultureInfo = CultureInfo.InvariantCulture,
            }).From(text);
            var names = reader.Header.ColNames.ToArray();
            if (names.Any(n => RawRecord.FirstBinary(n) >= 0) || HeaderCheck.Check(1, names, schema.Columns).Count > 0)
            {
                return false;
            }

            using var rows = new RowReader<T, TOut>(names, schema, select);
            var records = 0L;
            foreach (var batch in RowBatches.InFileOrder<TOut>(reader, names.Length, parallelism, rows.Check))
            {
                var results = batch.Results;
                for (var i = 0; i < batch.Count; i++)
                {
                    var (kind, idHash, value) = results[i];
                    if (kind == RowKind.Irregular)
                    {
                        return false;
                    }

                    if (kind == RowKind.Record)
                    {
                        records++;
                        if (idHash is { } hash)
                        {
                            ids?.Add(hash);
                        }

                        consume(value);
                    }
                }
            }

            return records > 0;
        }
        catch (Exception e) when (e is DecoderFallbackException or InvalidDataException or ArgumentException or AggregateException)
        {
            // Bytes that are not UTF-8, or a layout Sep refuses: the exact reader words it.
            return false;
        }
    }

    /// <summary>Checks and parses one row on whichever thread reads it; holds nothing of the rows.</summary>
    private sealed class RowReader<T, TOut> : IDisposable
        where T : class
    {
        private readonly int _width;
        private readonly Dictionary<string, int> _index;

        // The schema asks for its columns by the catalogue's own strings: found by reference first, without hashing text.
        private readonly Dictionary<string, int> _byReference = new(ReferenceEqualityComparer.Instance);
        private readonly int _idIndex;
        private readonly CsvSchema<T> _schema;
        private readonly Func<T, TOut> _select;

        // Each reading thread unquotes its rows into a buffer of its own.
        private readonly ThreadLocal<RowText> _rows;

        public RowReader(string[] names, CsvSchema<T> schema, Func<T, TOut> select)
        {
            _width = names.Length;
            _index = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
            for (var i = 0; i < names.Length; i++)
            {
                _index.Add(names[i], i);
            }

            foreach (var column in schema.Columns)
            {
                if (_index.TryGetValue(column.Name, out var at))
                {
                    _byReference[column.Name] = at;
                }
            }

            _idIndex = _index.GetValueOrDefault(CsvSchema<T>.IdColumn, -1);
            _schema = schema;
            _select = select;
            _rows = new ThreadLocal<RowText>(() => new RowText(_byReference, _index, _width));
        }

        public void Dispose() => _rows.Dispose();

        /// <summary>Checks and parses every row of <paramref name="batch"/>, on whichever thread has it.</summary>
        public void Check(RowBatch<TOut> batch)
        {
            var results = batch.Results;
            for (var i = 0; i < batch.Count; i++)
            {
                var kind = batch.KindOf(i);
                results[i] = kind == RowKind.Record ? Read(batch.CellsOf(i), batch.CellEndsOf(i)) : (kind, null, default!);
            }
        }

        // Runs once a row over millions: compiled fully optimised at once rather than tier by tier.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private (RowKind Kind, ulong? IdHash, TOut Value) Read(ReadOnlySpan<char> cells, ReadOnlySpan<int> cellEnds)
        {
            if (RawRecord.FirstBinary(cells) >= 0)
            {
                return (RowKind.Irregular, null, default!);
            }

            var text = _rows.Value!;
            if (!text.TryFill(cells, cellEnds))
            {
                return (RowKind.Irregular, null, default!);
            }

            var parsed = _schema.Parse(text.Cells);
            if (parsed.Value is not { } record)
            {
                return (RowKind.Irregular, null, default!);
            }

            ulong? idHash = _idIndex >= 0 && !text[_idIndex].IsEmpty ? CaseIdHashes.Of(text[_idIndex]) : null;
            return (RowKind.Record, idHash, _select(record));
        }
    }
}
