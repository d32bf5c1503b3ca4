using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using CaseLens.Reporting.Charts;
using CaseLens.Reporting.Tests.Docx;
using CaseLens.Reporting.Tests.Html;
using CaseLens.Reporting.Wording;
using MiniExcelLibs;

namespace CaseLens.Reporting.Tests.SampleReport;

public class SampleReportRenderingTests(HeadlessBrowser chromium) : IClassFixture<HeadlessBrowser>
{
    [Fact]
    public void Sample_report_has_every_figure()
    {
        ChartSet.For(SampleReportFactory.Report).Select(c => c.Id).ShouldBe(["F2", "F3", "F4", "F5", "F6", "F7", "F9"]);
    }

    [Fact]
    public void Sample_report_writes_json_that_names_every_table()
    {
        var json = Encoding.UTF8.GetString(Write(ReportFormat.Json));

        System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("tables").GetArrayLength().ShouldBe(SampleReportFactory.Report.Tables.Count);
    }

    [Fact]
    public void Sample_report_workbook_has_a_sheet_per_table_with_its_caption()
    {
        var bytes = Write(ReportFormat.Xlsx);
        var report = SampleReportFactory.Report;

        MiniExcel.GetSheetNames(new MemoryStream(bytes)).ShouldBe(["About", .. report.Tables.Select(t => t.Id)]);
        foreach (var table in report.Tables)
        {
            var first = MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: false, sheetName: table.Id).Cast<IDictionary<string, object?>>().First();
            first["A"].ShouldBe(TableLabel.Caption(table));
        }
    }

    [Fact]
    public void Sample_report_document_has_every_table_after_its_caption_and_every_chart()
    {
        var package = new DocxPackage(Write(ReportFormat.Docx));
        var report = SampleReportFactory.Report;

        foreach (var table in report.Tables)
        {
            DocxPackage.Cells(package.TableAfter(TableLabel.Caption(table))).Count.ShouldBe(table.Rows.Count + 1, table.Id);
        }

        package.Media.Count.ShouldBe(ChartSet.For(report).Count);
    }

    [Fact]
    public void Sample_report_t2_reads_as_the_seed_in_the_document()
    {
        var package = new DocxPackage(Write(ReportFormat.Docx));
        var t2 = SampleReportFactory.Report.Find("T2")!;
        var under1 = t2.Rows.Single(r => r.Key == "under_1");

        var row = DocxPackage.Cells(package.TableAfter(TableLabel.Caption(t2))).Single(r => r[0] == under1.Label);

        row.Skip(1).ShouldBe(t2.Columns.Select(c => CellText.Format(under1.Cells.GetValueOrDefault(c.Key))));
    }

    [BrowserFact]
    public async Task Sample_report_page_shows_every_table_and_chart()
    {
        var report = SampleReportFactory.Report;
        await using var page = await chromium.OpenAsync(Write(ReportFormat.Html));

        (await page.Page.Locator("table > caption").AllTextContentsAsync()).ShouldBe(Sections.Group(report).SelectMany(s => s.Tables).Select(TableLabel.Caption).ToList());
        (await page.Page.Locator("figure.chart > svg").CountAsync()).ShouldBe(ChartSet.For(report).Count);
    }

    [Fact]
    public void Sample_report_writes_every_format()
    {
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            Write(format).Length.ShouldBeGreaterThan(1000, format.ToString());
        }
    }

    private static byte[] Write(ReportFormat format)
    {
        using var stream = new MemoryStream();
        ReportWriter.Write(SampleReportFactory.Report, format, stream);
        return stream.ToArray();
    }
}
