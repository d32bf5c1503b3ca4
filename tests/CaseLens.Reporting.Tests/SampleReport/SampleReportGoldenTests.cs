using System.Text;
using CaseLens.TestKit;

namespace CaseLens.Reporting.Tests.SampleReport;

/// <summary>
/// The sample's report as a user receives it, committed under <c>SampleReport/Golden</c>: any change to
/// the rendered HTML, the tidy CSV or the JSON shows in review. The report's date is fixed by its
/// clock (<see cref="ReportBuilders.GeneratedAt"/>). Rewrite with <c>CASELENS_UPDATE_GOLDEN=1</c>.
/// </summary>
public sealed class SampleReportGoldenTests
{
    private const string Folder = "tests/CaseLens.Reporting.Tests/SampleReport/Golden";

    [Theory]
    [InlineData(ReportFormat.Html, "sample-report.html")]
    [InlineData(ReportFormat.Csv, "sample-report.csv")]
    [InlineData(ReportFormat.Json, "sample-report.json")]
    public void The_sample_report_renders_as_committed(ReportFormat format, string file)
    {
        using var stream = new MemoryStream();

        ReportWriter.Write(SampleReportFactory.Report, format, stream);

        GoldenFile.Verify($"{Folder}/{file}", Encoding.UTF8.GetString(stream.ToArray()));
    }
}
