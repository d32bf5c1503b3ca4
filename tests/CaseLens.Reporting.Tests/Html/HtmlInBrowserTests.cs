using System.Text.Json;
using CaseLens.Reporting.Charts;
using CaseLens.Reporting.Html;
using CaseLens.Reporting.Wording;
using Microsoft.Playwright;

namespace CaseLens.Reporting.Tests.Html;

public class HtmlInBrowserTests(HeadlessBrowser chromium) : IClassFixture<HeadlessBrowser>
{
    [BrowserFact]
    public async Task Every_table_is_found_by_its_caption_with_headers_scoped()
    {
        await using var browser = await chromium.OpenAsync(Write());

        var captions = await browser.Page.Locator("table > caption").AllTextContentsAsync();
        captions.ShouldBe(ReportBuilders.Full().Tables.Select(TableLabel.Caption).ToList());
        (await browser.Page.Locator("thead th:not([scope=col])").CountAsync()).ShouldBe(0);
        (await browser.Page.Locator("tbody th:not([scope=row])").CountAsync()).ShouldBe(0);
    }

    [BrowserFact]
    public async Task Cells_read_as_in_the_report_and_suppressed_cells_show_only_the_mark()
    {
        await using var browser = await chromium.OpenAsync(Write());
        var t2 = Table(browser.Page, "T2");

        (await CellAsync(t2, "<1yr", 0)).ShouldBe("86 (46%)");
        (await CellAsync(t2, "6-10yrs", 0)).ShouldBe("<6");
        (await CellAsync(t2, "16-17yrs", 0)).ShouldBe("<6");
        (await CellAsync(t2, "<1yr", 2)).ShouldBe("6%");
        (await t2.Locator("thead th").Nth(0).InnerTextAsync()).ShouldContain("(n=189)");
        (await CellAsync(Table(browser.Page, "T21"), "Incident to decision (weeks)", 0)).ShouldBe("4.3 (0.1–40.6; n=50)");
    }

    [BrowserFact]
    public async Task Labels_from_data_are_text_not_markup()
    {
        await using var browser = await chromium.OpenAsync(Write());

        (await browser.Page.Locator("script").CountAsync()).ShouldBe(0);
        (await Table(browser.Page, "T4").Locator("tbody th").AllTextContentsAsync()).ShouldContain(ReportBuilders.HostileLabel);
    }

    [BrowserFact]
    public async Task Svg_charts_are_in_the_dom_and_drawn()
    {
        await using var browser = await chromium.OpenAsync(Write());
        var charts = ChartSet.For(ReportBuilders.Full());

        var figures = browser.Page.Locator("figure.chart");
        (await figures.CountAsync()).ShouldBe(charts.Count);
        foreach (var chart in charts)
        {
            var svg = browser.Page.Locator($"#figure-{chart.Id} > svg");
            var box = await svg.BoundingBoxAsync();
            box.ShouldNotBeNull(chart.Id);
            box.Width.ShouldBeGreaterThan(100, chart.Id);
            (await browser.Page.Locator($"#figure-{chart.Id} figcaption").InnerTextAsync()).ShouldBe(chart.Caption);
        }
    }

    [BrowserFact]
    public async Task Page_asks_for_nothing_outside_itself()
    {
        await using var browser = await chromium.OpenAsync(Write());
        await browser.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        browser.OtherRequests.ShouldBeEmpty();
    }

    [BrowserFact]
    public async Task Printed_each_table_ends_its_page()
    {
        await using var browser = await chromium.OpenAsync(Write());
        await browser.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var breaks = await browser.Page.EvaluateAsync<JsonElement>(
            "Array.from(document.querySelectorAll('section.report-table')).map(s => getComputedStyle(s).breakAfter)");
        breaks.EnumerateArray().Select(b => b.GetString()).ShouldAllBe(b => b == "page");
        (await browser.Page.Locator("nav").IsVisibleAsync()).ShouldBeFalse();
    }

    private static ILocator Table(IPage page, string id) => page.Locator($"table[data-table-id='{id}']");

    /// <summary>The text of a data cell, by its row's label and the column's position among data cells.</summary>
    private static async Task<string> CellAsync(ILocator table, string rowLabel, int column)
    {
        var row = table.Locator("tbody tr").Filter(new LocatorFilterOptions { Has = table.Page.Locator("th", new PageLocatorOptions { HasTextString = rowLabel }) }).First;
        return (await row.Locator("td").Nth(column).InnerTextAsync()).Trim();
    }

    private static byte[] Write()
    {
        using var stream = new MemoryStream();
        new HtmlReportWriter().Write(ReportBuilders.Full(), stream);
        return stream.ToArray();
    }
}
