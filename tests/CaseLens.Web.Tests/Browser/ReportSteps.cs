using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;

namespace CaseLens.Web.Tests.Browser;

/// <summary>Downloading the whole report in Chromium from the reports page.</summary>
internal static class ReportSteps
{
    /// <summary>On the reports page: the format chosen by its label (<c>DOCX</c>, <c>XLSX</c>), the report downloaded; its file name and bytes.</summary>
    public static async Task<(string Name, byte[] Content)> DownloadAsync(IPage page, string format)
    {
        await page.GetByLabel("Format").SelectOptionAsync(new SelectOptionValue { Label = format });
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download the report" }).ClickAsync());
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(await download.PathAsync()));
    }

    /// <summary>The Word and Excel reports under their names, each opened by the Open XML SDK and holding tables.</summary>
    public static async Task DownloadsWordAndExcelAsync(IPage page)
    {
        var (wordName, word) = await DownloadAsync(page, "DOCX");
        wordName.ShouldBe("caselens-report.docx");
        using (var document = WordprocessingDocument.Open(new MemoryStream(word), false))
        {
            document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Table>().ShouldNotBeEmpty();
        }

        var (excelName, excel) = await DownloadAsync(page, "XLSX");
        excelName.ShouldBe("caselens-report.xlsx");
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(excel), false);
        workbook.WorkbookPart!.WorksheetParts.ShouldNotBeEmpty();
    }
}
