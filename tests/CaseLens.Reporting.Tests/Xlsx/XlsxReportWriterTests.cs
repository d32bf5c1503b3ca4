using System.IO.Compression;
using System.Xml.Linq;
using CaseLens.Reporting.Xlsx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using MiniExcelLibs;

namespace CaseLens.Reporting.Tests.Xlsx;

public class XlsxReportWriterTests
{
    private static readonly byte[] Workbook = Write();

    [Fact]
    public void First_sheet_is_About_then_one_sheet_per_table_named_by_id()
    {
        var names = MiniExcel.GetSheetNames(new MemoryStream(Workbook));

        names.ShouldBe(["About", .. ReportBuilders.Full().Tables.Select(t => t.Id)]);
    }

    [Fact]
    public void About_sheet_carries_the_provenance()
    {
        var rows = Rows("About");

        rows.ShouldContain(r => Text(r, "A") == "Data set hash (SHA-256)" && Text(r, "B") == ReportBuilders.Provenance().DataSetHash);
        rows.ShouldContain(r => Text(r, "A") == "CaseLens version" && Text(r, "B") == "0.1.0-test");
        rows.ShouldContain(r => Text(r, "A") == "Filters" && Text(r, "B")!.Contains("study_year = 2005-06", StringComparison.Ordinal));
    }

    [Fact]
    public void Table_sheet_has_title_headings_with_n_and_numbers_as_numbers()
    {
        var rows = Rows("T2");

        Text(rows[0], "A").ShouldBe("Table 2: Age at time of incident, retrospective and population comparisons");
        Text(rows[1], "B").ShouldBe("Frequency 2005-07 (n=189)");
        Text(rows[2], "B").ShouldBe("Count");
        Text(rows[2], "C").ShouldBe("%");
        var under1 = rows.Single(r => Text(r, "A") == "<1yr");
        Convert.ToDouble(under1["B"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(86);
        Convert.ToDouble(under1["C"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(0.46, 1e-9);
    }

    [Fact]
    public void Suppressed_cell_is_the_text_mark_and_its_percent_is_empty()
    {
        var row = Rows("T2").Single(r => Text(r, "A") == "6-10yrs");

        row["B"].ShouldBe("<6");
        row["C"].ShouldBeNull();
    }

    [Fact]
    public void Suppressed_cell_never_shows_numbers_left_on_it()
    {
        var row = Rows("T2").Single(r => Text(r, "A") == "16-17yrs");

        row["B"].ShouldBe("<6");
        row["C"].ShouldBeNull();
    }

    [Fact]
    public void Table21_statistics_have_a_column_each()
    {
        var rows = Rows("T21");
        var weeks = rows.Single(r => Text(r, "A") == "Incident to decision (weeks)");

        new[] { Text(rows[2], "B"), Text(rows[2], "C"), Text(rows[2], "D"), Text(rows[2], "E") }.ShouldBe(["Median", "Min", "Max", "n"]);
        Convert.ToDouble(weeks["B"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(4.3, 1e-9);
        Convert.ToDouble(weeks["E"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(50);
    }

    [Fact]
    public void Notes_are_written_under_the_table()
    {
        var rows = Rows("T7");

        rows.ShouldContain(r => (Text(r, "A") ?? string.Empty).Contains("unclear 6", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_number_is_a_numeric_cell_and_every_text_a_shared_string()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook), false);
        var strings = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        foreach (var sheet in document.WorkbookPart.WorksheetParts)
        {
            foreach (var cell in sheet.Worksheet.Descendants<Cell>())
            {
                if (cell.DataType?.Value == CellValues.SharedString)
                {
                    var text = strings[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)];
                    double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
                        .ShouldBeFalse($"{cell.CellReference} holds the number {text} as text");
                }
                else
                {
                    (cell.DataType is null || cell.DataType.Value == CellValues.Number).ShouldBeTrue(cell.CellReference!);
                }
            }
        }
    }

    [Fact]
    public void No_sheet_has_a_formula()
    {
        using var zip = new ZipArchive(new MemoryStream(Workbook), ZipArchiveMode.Read);
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).ToList();

        sheets.Count.ShouldBe(ReportBuilders.Full().Tables.Count + 1);
        foreach (var entry in sheets)
        {
            using var content = entry.Open();
            XDocument.Load(content).Descendants(main + "f").ShouldBeEmpty(entry.FullName);
        }
    }

    [Fact]
    public void Percent_cells_are_formatted_as_percent()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook), false);
        var workbook = document.WorkbookPart!;
        var sheetId = workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == "T2").Id!.Value!;
        var c4 = ((WorksheetPart)workbook.GetPartById(sheetId)).Worksheet.Descendants<Cell>().Single(c => c.CellReference == "C4");
        var format = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)c4.StyleIndex!.Value);

        format.NumberFormatId!.Value.ShouldBe(9u);
    }

    [Fact]
    public void Workbook_is_valid_open_xml()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook), false);

        new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
    }

    [Fact]
    public void Characters_xml_cannot_carry_are_dropped_from_data_labels()
    {
        using var stream = new MemoryStream();
        new XlsxReportWriter().Write(ReportBuilders.WithUnwritableBoard(), stream);

        var rows = MiniExcel.Query(new MemoryStream(stream.ToArray()), useHeaderRow: false, sheetName: "About")
            .Cast<IDictionary<string, object?>>().ToList();
        rows.ShouldContain(r => Text(r, "A") == "Filters" && Text(r, "B")!.Contains("North Board", StringComparison.Ordinal));
    }

    private static byte[] Write()
    {
        using var stream = new MemoryStream();
        new XlsxReportWriter().Write(ReportBuilders.Full(), stream);
        return stream.ToArray();
    }

    private static List<IDictionary<string, object?>> Rows(string sheet) =>
        MiniExcel.Query(new MemoryStream(Workbook), useHeaderRow: false, sheetName: sheet)
            .Cast<IDictionary<string, object?>>().ToList();

    private static string? Text(IDictionary<string, object?> row, string column) =>
        row.TryGetValue(column, out var value) ? value?.ToString() : null;
}
