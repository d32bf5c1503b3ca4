using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace CaseLens.Reporting.Tests;

public class ReportWriterTests
{
    [Fact]
    public void Json_is_the_scr_report_document()
    {
        var json = JsonDocument.Parse(Write(ReportFormat.Json)).RootElement;

        json.GetProperty("format").GetString().ShouldBe("scr-report/1");
        json.GetProperty("tables").GetArrayLength().ShouldBe(ReportBuilders.Full().Tables.Count);
    }

    [Fact]
    public void Html_is_one_utf8_page()
    {
        var text = Encoding.UTF8.GetString(Write(ReportFormat.Html));

        text.ShouldStartWith("<!DOCTYPE html>");
        text.TrimEnd().ShouldEndWith("</html>");
    }

    [Theory]
    [InlineData(ReportFormat.Xlsx, "xl/workbook.xml")]
    [InlineData(ReportFormat.Docx, "word/document.xml")]
    public void Office_formats_are_packages_with_their_main_part(ReportFormat format, string mainPart)
    {
        using var zip = new ZipArchive(new MemoryStream(Write(format)), ZipArchiveMode.Read);

        zip.GetEntry(mainPart).ShouldNotBeNull();
    }

    [Fact]
    public void Writing_leaves_the_stream_open_and_appends_at_its_position()
    {
        using var stream = new MemoryStream();
        stream.Write("prefix"u8);

        ReportWriter.Write(ReportBuilders.Of(ReportBuilders.T3()), ReportFormat.Xlsx, stream);

        stream.CanWrite.ShouldBeTrue();
        stream.ToArray().AsSpan(6, 2).ToArray().ShouldBe("PK"u8.ToArray());
    }

    [Theory]
    [InlineData(ReportFormat.Json, "json")]
    [InlineData(ReportFormat.Html, "html")]
    [InlineData(ReportFormat.Xlsx, "xlsx")]
    [InlineData(ReportFormat.Docx, "docx")]
    public void Each_format_has_its_extension(ReportFormat format, string extension) =>
        ReportWriter.Extension(format).ShouldBe(extension);

    private static byte[] Write(ReportFormat format)
    {
        using var stream = new MemoryStream();
        ReportWriter.Write(ReportBuilders.Full(), format, stream);
        return stream.ToArray();
    }
}
