using System.Text;
using CaseLens.Domain.Problems;
using CsvHelper;

namespace CaseLens.Interchange.Csv;

/// <summary>
/// The streaming reader behind every CSV format: checks the file (encoding, binary content,
/// quoting, header, at least one record) and turns each data row into a record or its problems,
/// one row at a time. Only the case ids seen so far are kept, to find duplicates.
/// </summary>
internal static class CsvTableReader
{
    /// <summary>A record larger than this is taken for a quote that is never closed.</summary>
    public const int MaxRecordBytes = 4 << 20;

    public static IEnumerable<RowResult<T>> Read<T>(Stream stream, CsvSchema<T> schema)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(schema);
        return Iterate(stream, schema);
    }

    private static IEnumerable<RowResult<T>> Iterate<T>(Stream stream, CsvSchema<T> schema)
        where T : class
    {
        var head = ReplayStream.ReadHead(stream, ByteOrderMark.MaxLength);
        if (ByteOrderMark.RefusedEncoding(head) is { } encoding)
        {
            yield return FileProblem<T>(CsvProblems.RefusedEncoding(encoding));
            yield break;
        }

        var malformed = new Dictionary<long, CsvMalformedReason>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = false,
            Mode = CsvMode.Rfc4180,
            TrimWhitespace = false,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            MaxRecordSize = MaxRecordBytes,
            IncludeValuesInExceptions = false,
            OnMalformedRecord = m => malformed[m.RecordNumber] = m.Reason,
        };

        using var replay = new ReplayStream(head, stream);
        using var reader = CsvReader.Create(replay, options, leaveOpen: true);
        if (!TryRead(reader, 0, out var failure))
        {
            yield return FileProblem<T>(failure ?? CsvProblems.Empty(schema.Columns.Select(c => c.Name)));
            yield break;
        }

        var headerLine = Line(reader);
        var (headerProblem, _) = CheckRaw(reader, headerLine, malformed, []);
        if (headerProblem is not null)
        {
            yield return FileProblem<T>(headerProblem);
            yield break;
        }

        var names = Fields(reader);
        var headerProblems = HeaderCheck.Check(headerLine, names, schema.Columns);
        if (headerProblems.Count > 0)
        {
            yield return new RowResult<T>(headerLine, null, headerProblems, isFileProblem: true);
            yield break;
        }

        var index = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            index.Add(names[i], i);
        }

        var caseIds = new CaseIdRegister();
        var lastLine = headerLine;
        var rows = 0L;
        while (TryRead(reader, lastLine, out failure))
        {
            var line = Line(reader);
            rows++;
            lastLine = line;
            var (rawProblem, stopsFile) = CheckRaw(reader, line, malformed, names);
            if (stopsFile)
            {
                yield return FileProblem<T>(rawProblem!);
                yield break;
            }

            if (rawProblem is not null)
            {
                yield return new RowResult<T>(line, null, [rawProblem], isFileProblem: false);
                continue;
            }

            if (reader.FieldCount != names.Length)
            {
                yield return new RowResult<T>(line, null, [CsvProblems.Ragged(line, reader.FieldCount, names.Length)], isFileProblem: false);
                continue;
            }

            var cells = Fields(reader);
            var parsed = schema.Parse(column => index.TryGetValue(column, out var i) ? cells[i] : default);
            var problems = parsed.Problems.Select(p => p with { Line = line }).ToList();
            if (index.TryGetValue(CsvSchema<T>.IdColumn, out var idIndex) && cells[idIndex] is { Length: > 0 } id
                && caseIds.Add(id, line, CsvSchema<T>.IdColumn) is { } duplicate)
            {
                problems.Add(duplicate);
            }

            yield return problems.Count == 0
                ? new RowResult<T>(line, parsed.Value, [], isFileProblem: false)
                : new RowResult<T>(line, null, problems, isFileProblem: false);
        }

        if (failure is not null)
        {
            yield return FileProblem<T>(failure);
        }
        else if (rows == 0)
        {
            // A header alone is refused as a problem of the file, so that nothing reaches a store.
            yield return FileProblem<T>(CsvProblems.NoRecords(headerLine));
        }
    }

    private static bool TryRead(CsvReader reader, int lastLine, out Problem? failure)
    {
        failure = null;
        try
        {
            return reader.Read();
        }
        catch (CsvFormatException e)
        {
            failure = CsvProblems.Unreadable(e.LineNumber > 0 ? e.LineNumber : lastLine + 1, MaxRecordBytes);
            return false;
        }
        catch (DecoderFallbackException)
        {
            failure = CsvProblems.NotUtf8(lastLine + 1);
            return false;
        }
    }

    /// <summary>A problem in the raw bytes, and whether it makes the rest of the file unreadable.</summary>
    private static (Problem? Problem, bool StopsFile) CheckRaw(
        CsvReader reader, int line, Dictionary<long, CsvMalformedReason> malformed, string[] names)
    {
        var raw = reader.RawRecord;
        var at = RawRecord.FirstBinary(raw);
        if (at >= 0)
        {
            return (CsvProblems.Binary(line + RawRecord.LineBreaksBefore(raw, at)), true);
        }

        at = RawRecord.FirstInvalidUtf8(raw);
        if (at >= 0)
        {
            return (CsvProblems.NotUtf8(line + RawRecord.LineBreaksBefore(raw, at)), true);
        }

        if (!malformed.Remove(reader.RowNumber, out var reason))
        {
            return (null, false);
        }

        if (reason == CsvMalformedReason.UnterminatedQuote)
        {
            var open = RawRecord.UnclosedQuote(raw);
            return (CsvProblems.UnclosedQuote(line + (open >= 0 ? RawRecord.LineBreaksBefore(raw, open) : 0)), true);
        }

        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (RawRecord.BadlyQuoted(reader.GetRawSpan(i)))
            {
                return (CsvProblems.BadQuoting(line, i < names.Length ? names[i] : null), false);
            }
        }

        return (null, false);
    }

    private static string[] Fields(CsvReader reader)
    {
        var fields = new string[reader.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = reader.GetString(i) ?? string.Empty;
        }

        return fields;
    }

    private static int Line(CsvReader reader) => (int)reader.LineNumber;

    private static RowResult<T> FileProblem<T>(Problem problem)
        where T : class => new((int)(problem.Line ?? 1), null, [problem], isFileProblem: true);
}
