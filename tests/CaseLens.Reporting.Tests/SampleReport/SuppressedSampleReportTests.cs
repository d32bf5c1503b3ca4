using System.Text;
using System.Text.RegularExpressions;
using CaseLens.Analysis.Reports;
using CaseLens.Reporting.Tests.Docx;
using CaseLens.Reporting.Wording;
using MiniExcelLibs;

namespace CaseLens.Reporting.Tests.SampleReport;

public class SuppressedSampleReportTests
{
    private static Report Report => SampleReportFactory.Suppressed;

    [Fact]
    public void Sample_report_has_suppressed_cells_to_check()
    {
        SuppressedCells(Report).Count().ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Document_shows_the_mark_in_every_suppressed_cell()
    {
        var package = new DocxPackage(Write(ReportFormat.Docx));
        foreach (var table in Report.Tables)
        {
            var rows = DocxPackage.Cells(package.TableAfter(TableLabel.Caption(table)));
            for (var r = 0; r < table.Rows.Count; r++)
            {
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    if (table.Rows[r].Cells.GetValueOrDefault(table.Columns[c].Key) is { Suppressed: true } cell)
                    {
                        rows[r + 1][c + 1].ShouldBe(CellText.SuppressedMark(cell), $"{table.Id} {table.Rows[r].Key} {table.Columns[c].Key}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Workbook_has_one_mark_per_suppressed_cell_on_each_sheet()
    {
        var bytes = Write(ReportFormat.Xlsx);
        foreach (var table in Report.Tables)
        {
            var marks = MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: false, sheetName: table.Id)
                .Cast<IDictionary<string, object?>>()
                .SelectMany(row => row.Values)
                .Count(v => v is string text && text is "<6" or "c");
            marks.ShouldBe(SuppressedCells(table).Count(), table.Id);
        }
    }

    [Fact]
    public void Page_has_one_marked_cell_per_suppressed_cell()
    {
        var page = Encoding.UTF8.GetString(Write(ReportFormat.Html));

        Regex.Count(page, "<td class=\"[^\"]*suppressed[^\"]*\">(&lt;6|c)</td>").ShouldBe(SuppressedCells(Report).Count());
        page.ShouldContain("id=\"suppression-legend\"");
    }

    private static IEnumerable<Cell> SuppressedCells(Report report) => report.Tables.SelectMany(SuppressedCells);

    private static IEnumerable<Cell> SuppressedCells(ReportTable table) =>
        table.Rows.SelectMany(r => table.Columns.Select(c => r.Cells.GetValueOrDefault(c.Key))).OfType<Cell>().Where(c => c.Suppressed);

    private static byte[] Write(ReportFormat format)
    {
        using var stream = new MemoryStream();
        ReportWriter.Write(Report, format, stream);
        return stream.ToArray();
    }
}
