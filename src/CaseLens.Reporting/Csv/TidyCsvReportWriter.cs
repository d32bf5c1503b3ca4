using System.Globalization;
using CaseLens.Analysis.Disclosure;
using CaseLens.Analysis.Reports;
using CsvHelper;

namespace CaseLens.Reporting.Csv;

/// <summary>
/// The report as one tidy CSV table for R, SPSS or Stata: one line per cell, per "not known" count
/// and per note, every table in report order, so that <c>read.csv</c> gives a data frame to filter
/// and reshape. Each line repeats the period and the data set hash, so files of several years can
/// be stacked and still say where each number came from. Numbers are invariant (a dot for decimals),
/// absent values are empty, a suppressed cell has no count or percent, <c>suppressed</c> =
/// <c>true</c> and its <c>display</c> (<c>&lt;6</c>). Text that a spreadsheet would take for a
/// formula is escaped by CsvHelper (<see cref="CsvInjection.Escape"/>), as the xlsx export never
/// writes a formula either. RFC 4180: UTF-8 without a byte-order mark, CRLF, quotes where needed.
/// </summary>
public sealed class TidyCsvReportWriter
{
    /// <summary>The columns, in order.</summary>
    public static readonly IReadOnlyList<string> Header =
    [
        "period", "data_set_hash", "table_id", "table_title", "kind", "row_key", "row_label", "sub_row",
        "column_key", "column_label", "column_source", "column_n", "count", "percent", "suppressed",
        "display", "median", "min", "max", "n", "disclosure",
    ];

    /// <summary>A line that is a table's cell.</summary>
    public const string CellKind = "cell";

    /// <summary>A line that counts a column's cases whose value is not known (left out of its n).</summary>
    public const string NotKnownKind = "not_known";

    /// <summary>A line that is one of a table's notes (a value it leaves out by definition, and the like).</summary>
    public const string NoteKind = "note";

    public void Write(Report report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        var options = CsvWriterOptions.Default with
        {
            Separator = ',',
            Mode = CsvMode.Rfc4180,
            Injection = CsvInjection.Escape,
            WriteByteOrderMark = false,
            NewLine = "\r\n",
            FormatProvider = CultureInfo.InvariantCulture,
        };
        using var csv = CsvWriter.Create(stream, options, leaveOpen: true);
        csv.WriteHeader([.. Header]);
        var provenance = report.Provenance;
        foreach (var table in report.Tables)
        {
            var columns = table.Columns.ToDictionary(c => c.Key, StringComparer.Ordinal);
            foreach (var row in table.Rows)
            {
                foreach (var column in table.Columns)
                {
                    if (row.Cells.TryGetValue(column.Key, out var cell))
                    {
                        Line(csv, provenance, table, CellKind, row.Key, row.Label, row.IsSubRow, column, cell);
                    }
                }
            }

            foreach (var (key, count) in table.NotKnown)
            {
                Line(csv, provenance, table, NotKnownKind, null, null, false, columns.GetValueOrDefault(key), Cell.Of(count));
            }

            foreach (var (name, count) in table.Notes)
            {
                Line(csv, provenance, table, NoteKind, name, null, false, null, Cell.Of(count));
            }

            foreach (var (key, mark) in table.Withheld.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                var withheld = new Cell { Suppressed = true, Display = mark };
                var (part, name) = (key[..key.IndexOf('/', StringComparison.Ordinal)], key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..]);
                if (part == NotKnownKind)
                {
                    Line(csv, provenance, table, NotKnownKind, null, null, false, columns.GetValueOrDefault(name), withheld);
                }
                else if (part == "notes")
                {
                    Line(csv, provenance, table, NoteKind, name, null, false, null, withheld);
                }
            }
        }

        csv.Flush();
    }

    private static void Line(
        CsvWriter csv, Provenance provenance, ReportTable table, string kind, string? rowKey, string? rowLabel, bool subRow, ReportColumn? column, Cell cell)
    {
        Text(csv, provenance.PeriodLabel);
        Text(csv, provenance.DataSetHash);
        Text(csv, table.Id);
        Text(csv, table.Title);
        Text(csv, kind);
        Text(csv, rowKey);
        Text(csv, rowLabel);
        Text(csv, kind == CellKind ? (subRow ? "true" : "false") : null);
        Text(csv, column?.Key);
        Text(csv, column?.Label);
        Text(csv, column is null ? null : column.Source == ColumnSource.Cases ? "cases" : "comparator");
        Number(csv, column?.N);
        Number(csv, cell.Count);
        Number(csv, cell.Percent);
        Text(csv, cell.Suppressed ? "true" : "false");
        Text(csv, cell.Suppressed ? cell.Display : null);
        Number(csv, cell.Median);
        Number(csv, cell.Min);
        Number(csv, cell.Max);
        Number(csv, cell.N);
        Text(csv, provenance.Options.GetValueOrDefault(DisclosurePolicy.OptionName));
        csv.EndRecord();
    }

    private static void Text(CsvWriter csv, string? value) => csv.WriteField(value ?? string.Empty);

    // Numbers are written as numbers (never escaped as text): counts, percents and days are never negative.
    private static void Number(CsvWriter csv, int? value)
    {
        if (value is { } number)
        {
            csv.WriteField(number, "D");
        }
        else
        {
            csv.WriteField(string.Empty);
        }
    }

    private static void Number(CsvWriter csv, double? value)
    {
        if (value is { } number)
        {
            csv.WriteField(number, "R");
        }
        else
        {
            csv.WriteField(string.Empty);
        }
    }
}
