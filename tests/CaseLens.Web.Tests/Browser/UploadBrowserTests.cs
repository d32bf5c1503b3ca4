using CaseLens.Reporting.Tests.Html;
using CaseLens.Web.Tests.Uploads;
using Microsoft.Playwright;

namespace CaseLens.Web.Tests.Browser;

/// <summary>Uploading in Chromium: the problems listed, then a valid file checked and imported, with axe on every step and on the dashboard's charts.</summary>
public sealed class UploadBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    [BrowserFact]
    public async Task A_file_is_checked_its_problems_listed_and_a_valid_one_imported_with_no_accessibility_violations()
    {
        await using var opened = await browser.OpenAsync("/signin");
        await opened.SignInAsync("analyst-national");
        await opened.Page.GotoAsync("/upload");
        await AccessibilityCheck.NoSeriousViolationsAsync(opened.Page);
        var cases = UploadFiles.Cases("G", 2);

        await UploadSteps.CheckAsync(opened.Page, UploadFiles.Csv(cases, 1), "bad.csv");
        (await opened.Page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("1 problem was found");
        (await opened.Page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row).Nth(1).InnerTextAsync()).ShouldContain("incident_date");
        await AccessibilityCheck.NoSeriousViolationsAsync(opened.Page);

        await UploadSteps.CheckAsync(opened.Page, UploadFiles.Csv(cases), "good.csv");
        (await opened.Page.GetByRole(AriaRole.Heading, new() { Name = "The file is valid" }).CountAsync()).ShouldBe(1);
        await AccessibilityCheck.NoSeriousViolationsAsync(opened.Page);
        await opened.Page.GetByRole(AriaRole.Button, new() { Name = "Import the file" }).ClickAsync();

        (await opened.Page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldStartWith("Imported 2 notifications from good.csv");
        await AccessibilityCheck.NoSeriousViolationsAsync(opened.Page);
        // The refused file's page is answered 422, which Chromium reports; nothing else may be.
        opened.Console.Where(m => !m.Contains("status of 422", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [BrowserFact]
    public async Task The_dashboards_charts_have_no_accessibility_violations()
    {
        await using var opened = await browser.OpenAsync("/signin");
        await opened.SignInAsync("reader-national");

        (await opened.Page.Locator("figure.chart img").CountAsync()).ShouldBe(3);
        await AccessibilityCheck.NoSeriousViolationsAsync(opened.Page);
        opened.Console.ShouldBeEmpty();
    }
}
