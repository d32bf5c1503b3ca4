using CaseLens.Reporting.Csv;
using CaseLens.Reporting.Tests.SampleReport;

namespace CaseLens.Reporting.Tests.Csv;

public sealed class TidyCsvDisclosureTests
{
    [Fact]
    public void Every_line_carries_the_disclosure_policy_and_withheld_numbers_are_lines_with_their_mark()
    {
        using var stream = new MemoryStream();
        new TidyCsvReportWriter().Write(SampleReportFactory.Suppressed, stream);
        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        lines[0].ShouldEndWith(",n,disclosure");
        lines.Skip(1).ShouldAllBe(l => l.EndsWith(",k=6", StringComparison.Ordinal));
        var withheld = SampleReportFactory.Suppressed.Tables.Sum(t => t.Withheld.Keys.Count(k => !k.StartsWith("n/", StringComparison.Ordinal)));
        withheld.ShouldBeGreaterThan(0);
        lines.Count(l => (l.Contains(",not_known,", StringComparison.Ordinal) || l.Contains(",note,", StringComparison.Ordinal)) && l.Contains(",true,", StringComparison.Ordinal)).ShouldBe(withheld);
    }
}
