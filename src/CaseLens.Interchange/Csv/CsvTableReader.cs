using System.Globalization;
using System.Text;
using CaseLens.Domain.Validation;
using CsvHelper;

namespace CaseLens.Interchange.Csv;

/// <summary>
/// The streaming reader behind both CSV formats: checks the file (encoding, binary content,
/// quoting, header) and turns each data row into a record or its problems, one row at a time.
/// Only the case ids seen so far are kept, to find duplicates.
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

        using var reader = CsvReader.Create(stream, options, leaveOpen: true);
        if (!TryRead(reader, 0, out var failure))
        {
            yield return FileProblem<T>(failure ?? Empty(schema));
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

        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var lastLine = headerLine;
        while (TryRead(reader, lastLine, out failure))
        {
            var line = Line(reader);
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
                yield return new RowResult<T>(line, null, [Ragged(line, reader.FieldCount, names.Length)], isFileProblem: false);
                continue;
            }

            var cells = Fields(reader);
            var parsed = schema.Parse(column => index.TryGetValue(column, out var i) ? cells[i] : null);
            var problems = parsed.Problems.Select(p => new ImportProblem(line, p.Column, p.Text)).ToList();
            if (index.TryGetValue(CsvSchema<T>.IdColumn, out var idIndex) && cells[idIndex] is { Length: > 0 } id)
            {
                if (firstLineOfId.TryGetValue(id, out var first))
                {
                    problems.Add(Duplicate(line, id, first));
                }
                else
                {
                    firstLineOfId.Add(id, line);
                }
            }

            yield return problems.Count == 0
                ? new RowResult<T>(line, parsed.Value, [], isFileProblem: false)
                : new RowResult<T>(line, null, problems, isFileProblem: false);
        }

        if (failure is not null)
        {
            yield return FileProblem<T>(failure);
        }
    }

    private static bool TryRead(CsvReader reader, int lastLine, out ImportProblem? failure)
    {
        failure = null;
        try
        {
            return reader.Read();
        }
        catch (CsvFormatException e)
        {
            var line = e.LineNumber > 0 ? (int)e.LineNumber : lastLine + 1;
            failure = new ImportProblem(
                line,
                null,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"the record starting here is longer than {MaxRecordBytes >> 20} MiB or cannot be read as CSV; most likely a quote that opens a field is never closed"));
            return false;
        }
        catch (DecoderFallbackException)
        {
            failure = new ImportProblem(lastLine + 1, null, NotUtf8);
            return false;
        }
    }

    private const string NotUtf8 =
        "the file is not UTF-8 text: this line has bytes that are not UTF-8 (for example Latin-1 or Windows-1252 characters); save the file as CSV UTF-8";

    /// <summary>A problem in the raw bytes, and whether it makes the rest of the file unreadable.</summary>
    private static (ImportProblem? Problem, bool StopsFile) CheckRaw(
        CsvReader reader, int line, Dictionary<long, CsvMalformedReason> malformed, string[] names)
    {
        var raw = reader.RawRecord;
        var at = RawRecord.FirstBinary(raw);
        if (at >= 0)
        {
            return (new ImportProblem(
                line + RawRecord.LineBreaksBefore(raw, at),
                null,
                "the file holds binary data (a control byte such as NUL); it is not a CSV text file"), true);
        }

        at = RawRecord.FirstInvalidUtf8(raw);
        if (at >= 0)
        {
            return (new ImportProblem(line + RawRecord.LineBreaksBefore(raw, at), null, NotUtf8), true);
        }

        if (!malformed.Remove(reader.RowNumber, out var reason))
        {
            return (null, false);
        }

        if (reason == CsvMalformedReason.UnterminatedQuote)
        {
            var open = RawRecord.UnclosedQuote(raw);
            return (new ImportProblem(
                line + (open >= 0 ? RawRecord.LineBreaksBefore(raw, open) : 0),
                null,
                "a quoted field opens on this line and its closing quote is never found"), true);
        }

        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (RawRecord.BadlyQuoted(reader.GetRawSpan(i)))
            {
                return (new ImportProblem(
                    line,
                    i < names.Length ? names[i] : null,
                    "a quote inside a field that is not enclosed in quotes, or text after a closing quote; enclose the whole field in quotes and double every quote inside it"), false);
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

    private static RowResult<T> FileProblem<T>(ImportProblem problem)
        where T : class => new(problem.Line, null, [problem], isFileProblem: true);

    private static ImportProblem Empty<T>(CsvSchema<T> schema)
        where T : class => new(
            1,
            null,
            "the file is empty; the first line must be the header, e.g. " + string.Join(',', schema.Columns.Select(c => c.Name)));

    private static ImportProblem Ragged(int line, int cells, int columns) => new(
        line,
        null,
        string.Create(
            CultureInfo.InvariantCulture,
            $"the row has {cells} {(cells == 1 ? "cell" : "cells")} but the header has {columns} columns{(cells > columns ? "; a value holding a comma must be enclosed in quotes" : string.Empty)}"));

    private static ImportProblem Duplicate(int line, string id, int first) => new(
        line,
        CsvSchema<object>.IdColumn,
        string.Create(CultureInfo.InvariantCulture, $"got \"{id}\"; duplicate case_id, first used on line {first}"));
}
