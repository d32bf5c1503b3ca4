using CaseLens.Reporting.Tests.Html;
using CaseLens.TestKit;
using Microsoft.Playwright;

namespace CaseLens.Web.Tests.Browser;

/// <summary>
/// The web application's must-show list walked in one session, in its order, by an analyst with a
/// national scope using the pages as a person would (the navigation, links and buttons), over the
/// shipped sample the quick start imports (<see cref="SampleData"/>).
/// </summary>
public sealed class WholeSessionBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    /// <summary>The sample's one girl in the South East whose death was category E and whose outline says she was found hanged.</summary>
    private const string Found = "N0452";

    /// <summary>The first case of the sample's intensive study.</summary>
    private const string IntensiveCase = "I01";

    [BrowserFact]
    public async Task An_analyst_uploads_the_sample_finds_edits_and_audits_a_case_resolves_a_conflict_codes_an_intensive_case_and_downloads_the_reports()
    {
        await using var opened = await browser.OpenAsync("/signin");
        var page = opened.Page;

        // Sign in.
        await opened.SignInAsync("analyst-national");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Dashboard");

        // Upload the sample: the notifications, and the intensive sample they were read for.
        (await UploadSteps.ImportAsync(page, SampleData.Notifications)).ShouldStartWith("Imported 477 notifications");
        (await UploadSteps.ImportAsync(page, SampleData.Intensive, "The intensive sample")).ShouldStartWith("Imported 40 intensive cases");

        // Find a case by filter, then by a word of its outline.
        await CaseSteps.FilterAsync(page, ("Gender", "female"), ("Region", "south_east"), ("Category of death", "E"));
        (await CaseSteps.ListedAsync(page)).ShouldBe(["N0063", "N0068", "N0152", Found]);
        await CaseSteps.SearchOutlinesAsync(page, "hanged");
        (await CaseSteps.ListedAsync(page)).ShouldBe(["N0016", Found, "N0456"]);

        // Edit it and see the audit entry.
        await CaseSteps.CaseLink(page, Found).ClickAsync();
        await CaseSteps.OpenTheFormAsync(page);
        await CaseSteps.ChangeAndSaveAsync(page, "Age months", "105");
        await CaseSteps.ShowsSavedAsync(page);
        var update = await CaseSteps.AuditedUpdateAsync(page);
        update.ShouldContain("Age months: 104 → 105");
        update.ShouldContain("analyst-national");

        // A colleague in another browser saves the case while it is open here; the save here is
        // refused with both versions shown, and saving again after reading them resolves it.
        await page.GoBackAsync();
        await CaseSteps.OpenTheFormAsync(page);
        await using (var colleague = await browser.OpenAsync("/signin"))
        {
            await colleague.SignInAsync("admin-national");
            await colleague.Page.GotoAsync($"/cases/{Found}");
            await CaseSteps.OpenTheFormAsync(colleague.Page);
            await CaseSteps.ChangeAndSaveAsync(colleague.Page, "Age months", "110");
            await CaseSteps.ShowsSavedAsync(colleague.Page);
        }

        await CaseSteps.ChangeAndSaveAsync(page, "Age months", "106");
        (await CaseSteps.ConflictOverAsync(page, "Age months")).ShouldBe(["106", "110"]);
        await CaseSteps.SaveAsync(page);
        await CaseSteps.ShowsSavedAsync(page);
        (await page.Locator("dd[aria-labelledby='field-age_months']").InnerTextAsync()).ShouldBe("106");

        // Code an intensive case: health markers, summary, threshold-map place, its Word summary.
        await IntensiveCaseSteps.CodeAndDownloadAsync(page, IntensiveCase);

        // Download the Word and Excel reports.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Reports" }).ClickAsync();
        await ReportSteps.DownloadsWordAndExcelAsync(page);

        // The refused save is answered 409, which Chromium reports; nothing else may be.
        opened.Console.Where(m => !m.Contains("status of 409", StringComparison.Ordinal)).ShouldBeEmpty();
    }
}
