using System.Globalization;
using CaseLens.Domain.Problems;

namespace CaseLens.Interchange.Csv;

/// <summary>
/// The problems of a CSV file as a whole or of one row's layout, each with its stable code. None
/// quotes a cell of the file: a header may in fact be a record, and a record holds an outline.
/// </summary>
internal static class CsvProblems
{
    public static Problem Empty(IEnumerable<string> columns) => new(
        "csv.empty",
        "the file is empty; the first line must be the header, e.g. " + string.Join(',', columns),
        1);

    public static Problem NoRecords(long line) => new(
        "csv.no_records",
        "no records: the file has a header and no rows, so there is nothing to import",
        line);

    public static Problem RefusedEncoding(string encoding) => new(
        "csv.encoding",
        $"the file is {encoding} text (it starts with a {encoding} byte-order mark); this format is UTF-8 only: save the file as CSV UTF-8",
        1);

    public static Problem NotUtf8(long line) => new(
        "csv.encoding",
        "the file is not UTF-8 text: this line has bytes that are not UTF-8 (for example Latin-1 or Windows-1252 characters); save the file as CSV UTF-8",
        line);

    public static Problem Binary(long line) => new(
        "csv.binary",
        "the file holds binary data (a control byte such as NUL); it is not a CSV text file",
        line);

    public static Problem Unreadable(long line, int maxRecordBytes) => new(
        "csv.unreadable",
        string.Create(
            CultureInfo.InvariantCulture,
            $"the record starting here is longer than {maxRecordBytes >> 20} MiB or cannot be read as CSV; most likely a quote that opens a field is never closed"),
        line);

    public static Problem UnclosedQuote(long line) => new(
        "csv.unclosed_quote",
        "a quoted field opens on this line and its closing quote is never found",
        line);

    public static Problem BadQuoting(long line, string? column) => new(
        "csv.quoting",
        "a quote inside a field that is not enclosed in quotes, or text after a closing quote; enclose the whole field in quotes and double every quote inside it",
        line,
        column);

    public static Problem Ragged(long line, int cells, int columns) => new(
        "csv.ragged",
        string.Create(
            CultureInfo.InvariantCulture,
            $"the row has {cells} {(cells == 1 ? "cell" : "cells")} but the header has {columns} columns{(cells > columns ? "; a value holding a comma must be enclosed in quotes" : string.Empty)}"),
        line);
}
