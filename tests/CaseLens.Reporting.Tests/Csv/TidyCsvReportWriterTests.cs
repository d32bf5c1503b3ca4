using System.Globalization;
using CaseLens.Analysis.Reports;
using CaseLens.Reporting.Csv;
using CsvHelper;

namespace CaseLens.Reporting.Tests.Csv;

public sealed class TidyCsvReportWriterTests
{
    [Fact]
    public void The_header_names_the_columns_and_every_line_has_them_all()
    {
        var (header, lines) = Read(ReportBuilders.Full());

        header.ShouldBe(TidyCsvReportWriter.Header);
        lines.ShouldNotBeEmpty();
        lines.ShouldAllBe(l => l.Count == TidyCsvReportWriter.Header.Count);
    }

    [Fact]
    public void Every_cell_is_one_line_with_its_numbers_as_the_report_has_them()
    {
        var report = ReportBuilders.Full();

        var (_, lines) = Read(report);

        var cellLines = lines.Where(l => l["kind"] == TidyCsvReportWriter.CellKind).ToList();
        var expected = 0;
        foreach (var table in report.Tables)
        {
            foreach (var row in table.Rows)
            {
                foreach (var column in table.Columns.Where(c => row.Cells.ContainsKey(c.Key)))
                {
                    expected++;
                    var cell = row.Cells[column.Key];
                    var line = cellLines.Single(l => l["table_id"] == table.Id && l["row_key"] == row.Key && l["column_key"] == column.Key);
                    line["table_title"].ShouldBe(table.Title);
                    line["row_label"].ShouldBe(row.Label);
                    line["sub_row"].ShouldBe(row.IsSubRow ? "true" : "false");
                    line["column_source"].ShouldBe(column.Source == ColumnSource.Cases ? "cases" : "comparator");
                    Integer(line["column_n"]).ShouldBe(column.N);
                    Integer(line["count"]).ShouldBe(cell.Count);
                    Integer(line["percent"]).ShouldBe(cell.Percent);
                    line["suppressed"].ShouldBe(cell.Suppressed ? "true" : "false");
                    line["display"].ShouldBe(cell.Suppressed ? cell.Display : string.Empty);
                    Decimal(line["median"]).ShouldBe(cell.Median);
                    Decimal(line["min"]).ShouldBe(cell.Min);
                    Decimal(line["max"]).ShouldBe(cell.Max);
                    Integer(line["n"]).ShouldBe(cell.N);
                }
            }
        }

        cellLines.Count.ShouldBe(expected);
        cellLines.ShouldContain(l => l["suppressed"] == "true" && l["count"] == string.Empty && l["display"] == "<6");
        cellLines.ShouldContain(l => l["median"] != string.Empty);
    }

    [Fact]
    public void Not_known_counts_and_notes_are_lines_of_their_own()
    {
        var report = ReportBuilders.Full();

        var (_, lines) = Read(report);

        foreach (var table in report.Tables)
        {
            foreach (var (key, count) in table.NotKnown)
            {
                lines.Single(l => l["kind"] == TidyCsvReportWriter.NotKnownKind && l["table_id"] == table.Id && l["column_key"] == key)["count"]
                    .ShouldBe(count.ToString(CultureInfo.InvariantCulture));
            }

            foreach (var (name, count) in table.Notes)
            {
                lines.Single(l => l["kind"] == TidyCsvReportWriter.NoteKind && l["table_id"] == table.Id && l["row_key"] == name)["count"]
                    .ShouldBe(count.ToString(CultureInfo.InvariantCulture));
            }
        }

        lines.Count(l => l["kind"] != TidyCsvReportWriter.CellKind)
            .ShouldBe(report.Tables.Sum(t => t.NotKnown.Count + t.Notes.Count));
    }

    [Fact]
    public void Every_line_says_which_period_and_data_set_it_comes_from()
    {
        var report = ReportBuilders.Full();

        var (_, lines) = Read(report);

        lines.ShouldAllBe(l => l["period"] == report.Provenance.PeriodLabel && l["data_set_hash"] == report.Provenance.DataSetHash);
    }

    [Fact]
    public void Text_a_spreadsheet_would_run_as_a_formula_is_escaped()
    {
        var report = ReportBuilders.Full() with { Provenance = ReportBuilders.Provenance() with { PeriodLabel = "=HYPERLINK(\"http://x\")" } };

        var (_, lines) = Read(report);

        lines.ShouldAllBe(l => l["period"].StartsWith('\''));
        lines.ShouldAllBe(l => l["period"].EndsWith("=HYPERLINK(\"http://x\")", StringComparison.Ordinal));
    }

    private static (IReadOnlyList<string> Header, List<Dictionary<string, string>> Lines) Read(Report report)
    {
        using var stream = new MemoryStream();
        new TidyCsvReportWriter().Write(report, stream);
        stream.Position = 0;
        using var reader = CsvReader.Create(stream, CsvReaderOptions.Default with { HasHeader = false, Mode = CsvMode.Rfc4180 }, leaveOpen: true);
        reader.Read().ShouldBeTrue();
        var header = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? string.Empty).ToList();
        var lines = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            lines.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(i => header[i], i => reader.GetString(i) ?? string.Empty));
        }

        return (header, lines);
    }

    private static int? Integer(string text) => text.Length == 0 ? null : int.Parse(text, CultureInfo.InvariantCulture);

    private static double? Decimal(string text) => text.Length == 0 ? null : double.Parse(text, CultureInfo.InvariantCulture);
}
