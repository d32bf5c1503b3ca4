using System.Text;
using System.Text.RegularExpressions;
using CaseLens.Reporting.Html;

namespace CaseLens.Reporting.Tests.Html;

public class HtmlReportWriterTests
{
    private static readonly string Page = Write();

    [Fact]
    public void Page_is_self_contained_without_script_or_external_resources()
    {
        Page.ShouldNotContain("<script", Case.Insensitive);
        Page.ShouldNotContain("<link", Case.Insensitive);
        Page.ShouldNotContain("@import", Case.Insensitive);
        Regex.IsMatch(Page, @"\s(src|href)\s*=\s*""(?!#)", RegexOptions.IgnoreCase).ShouldBeFalse();
    }

    [Fact]
    public void Labels_from_data_are_encoded()
    {
        Page.ShouldContain("&lt;b&gt;Board&lt;/b&gt; &amp; &quot;Co&quot;");
        Page.ShouldNotContain(ReportBuilders.HostileLabel);
    }

    [Fact]
    public void Provenance_section_lists_hash_filters_options_version_and_date()
    {
        var provenance = Page[Page.IndexOf("id=\"provenance\"", StringComparison.Ordinal)..];

        provenance.ShouldContain(ReportBuilders.Provenance().DataSetHash);
        provenance.ShouldContain("study_year = 2005-06");
        provenance.ShouldContain("suppress_below = 6");
        provenance.ShouldContain("0.1.0-test");
        provenance.ShouldContain("2026-11-26 01:02:03");
    }

    [Fact]
    public void Suppression_legend_only_when_a_cell_is_suppressed()
    {
        Page.ShouldContain("id=\"suppression-legend\"");
        Write(ReportBuilders.Of(ReportBuilders.T3())).ShouldNotContain("id=\"suppression-legend\"");
    }

    [Fact]
    public void Sub_rows_and_comparator_columns_are_marked_for_styling()
    {
        Page.ShouldContain("<tr class=\"sub-row\" data-key=\"head_injury_under_1\">");
        Page.ShouldContain("<th scope=\"col\" class=\"comparator\" data-key=\"2003-05\">");
    }

    private static string Write(Analysis.Reports.Report? report = null)
    {
        using var stream = new MemoryStream();
        new HtmlReportWriter().Write(report ?? ReportBuilders.Full(), stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
