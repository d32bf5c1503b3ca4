using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CaseLens.Web.Tests.Hosting;

namespace CaseLens.Web.Tests.Cases;

/// <summary>The dashboard's charts: drawn from the protected tables, so a reader's show marks where an analyst's show counts, each followed by its table.</summary>
public sealed partial class DashboardChartTests(SiteFixture fixture) : IClassFixture<SiteFixture>
{
    /// <summary>The SVG of each chart on the page, by the table id of its caption.</summary>
    private static Dictionary<string, string> Charts(string html) => ChartImage().Matches(html).ToDictionary(
        m => m.Groups[2].Value,
        m => Encoding.UTF8.GetString(Convert.FromBase64String(WebUtility.HtmlDecode(m.Groups[1].Value).Replace("data:image/svg+xml;base64,", string.Empty, StringComparison.Ordinal))));

    /// <summary>The texts drawn in a chart: bar labels, ticks, titles.</summary>
    private static string[] Labels(string svg) => [.. SvgText().Matches(svg).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value.Trim()))];

    /// <summary>The labels printed on the bars of a chart of one series (no legend): the texts drawn before its title.</summary>
    private static string[] BarLabels(string svg) => [.. Labels(svg).TakeWhile(l => l != "Incident type")];

    [GeneratedRegex("<text[^>]*>([^<]*)</text>")]
    private static partial Regex SvgText();

    [GeneratedRegex("<img src=\"([^\"]+)\"[^>]*>\\s*<figcaption id=\"chart-(\\w+)\">")]
    private static partial Regex ChartImage();

    [Fact]
    public async Task A_readers_charts_show_the_suppression_mark_where_an_analysts_show_the_count()
    {
        using var analyst = fixture.Site.Client();
        using var reader = fixture.Site.Client();
        await analyst.SignedInAsAsync("analyst-national");
        await reader.SignedInAsAsync("reader-national");

        var seen = Charts(await analyst.GetPageAsync("/"));
        var withheld = Charts(await reader.GetPageAsync("/"));

        seen.Keys.ShouldBe(["T14", "T1", "T3"], ignoreOrder: true);
        withheld.Keys.ShouldBe(["T14", "T1", "T3"], ignoreOrder: true);
        BarLabels(seen["T14"]).ShouldBe(["1", "1"]);
        BarLabels(withheld["T14"]).ShouldBe(["<6", "<6"]);
        foreach (var (id, svg) in withheld)
        {
            // Every count of the two test cases is under 6: each chart shows the mark.
            Labels(svg).ShouldContain("<6", customMessage: id);
        }
    }

    [Fact]
    public async Task Each_chart_is_an_image_with_alternative_text_followed_by_its_table()
    {
        using var reader = fixture.Site.Client();
        await reader.SignedInAsAsync("reader-board");

        var html = await reader.GetPageAsync("/");

        html.ShouldContain("alt=\"Bar chart of T14, Incident type. Its figures are in the table that follows.\"");
        html.ShouldContain("<figcaption id=\"chart-T14\">T14: Incident type</figcaption>\n                </figure>\n            <table>\n                <caption>T14: Incident type</caption>");
    }
}
