using CaseLens.Reporting.Tests.Html;
using CaseLens.Web.Tests.Hosting;
using Microsoft.Playwright;

namespace CaseLens.Web.Tests.Browser;

/// <summary>Finding, editing and auditing cases in Chromium, a conflict resolved, and axe on every case page.</summary>
public sealed class CaseBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    [BrowserFact]
    public async Task A_case_is_found_by_a_word_of_its_outline_and_by_a_filter()
    {
        await using var opened = await browser.OpenAsync("/signin");
        await opened.SignInAsync("analyst-national");

        await CaseSteps.SearchOutlinesAsync(opened.Page, TestCases.OtherWord);
        (await CaseSteps.ListedAsync(opened.Page)).ShouldBe([TestCases.OtherBoard]);

        await CaseSteps.FilterAsync(opened.Page, ("Gender", "female"), ("Category of death", "C"));
        (await CaseSteps.CaseLink(opened.Page, TestCases.InScope).CountAsync()).ShouldBe(1);
        (await CaseSteps.CaseLink(opened.Page, TestCases.OtherBoard).CountAsync()).ShouldBe(0);
        (await opened.Page.Locator(".active-filters li").AllInnerTextsAsync()).Count.ShouldBe(2);
        opened.Console.ShouldBeEmpty();
    }

    [BrowserFact]
    public async Task The_filter_form_is_completed_by_keyboard_alone()
    {
        await using var opened = await browser.OpenAsync("/signin");
        await opened.SignInAsync("analyst-board");
        await opened.Page.GotoAsync("/cases");
        var keyboard = opened.Page.Keyboard;

        await opened.Page.FocusAsync("#q");
        await keyboard.TypeAsync(TestCases.InScopeWord);
        await keyboard.PressAsync("Enter");

        await opened.Page.WaitForURLAsync(url => url.Contains("q=" + TestCases.InScopeWord, StringComparison.Ordinal));
        (await CaseSteps.CaseLink(opened.Page, TestCases.InScope).CountAsync()).ShouldBe(1);
    }

    [BrowserFact]
    public async Task An_edit_is_saved_and_its_audit_entry_shows_the_field_before_and_after()
    {
        var caseId = BrowserSite.EditedCases[0];
        await using var opened = await browser.OpenAsync("/signin");
        await opened.SignInAsync("analyst-board");
        await opened.Page.GotoAsync($"/cases/{caseId}");

        await CaseSteps.OpenTheFormAsync(opened.Page);
        await CaseSteps.ChangeAndSaveAsync(opened.Page, "Age months", "11");

        await CaseSteps.ShowsSavedAsync(opened.Page);
        var update = await CaseSteps.AuditedUpdateAsync(opened.Page);
        update.ShouldContain("Age months: 7 → 11");
        update.ShouldContain("analyst-board");
    }

    [BrowserFact]
    public async Task A_problem_is_announced_beside_its_field()
    {
        var caseId = BrowserSite.EditedCases[2];
        await using var opened = await browser.OpenAsync("/signin");
        await opened.SignInAsync("analyst-national");
        await opened.Page.GotoAsync($"/cases/{caseId}/edit");

        await opened.Page.GetByLabel("Incident type").SelectOptionAsync("serious_injury");
        await opened.Page.GetByRole(AriaRole.Button, new() { Name = "Save the case" }).ClickAsync();

        (await opened.Page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("Death category");
        (await opened.Page.Locator("#death_category-error").InnerTextAsync()).ShouldNotBeEmpty();
        (await opened.Page.GetByLabel("Death category").GetAttributeAsync("aria-describedby")).ShouldBe("death_category-hint death_category-error");
        await AccessibilityCheck.NoSeriousViolationsAsync(opened.Page);
    }

    [BrowserFact]
    public async Task An_edit_conflict_shows_both_versions_and_is_resolved_by_saving_again()
    {
        var caseId = BrowserSite.EditedCases[1];
        await using var first = await browser.OpenAsync("/signin");
        await using var second = await browser.OpenAsync("/signin");
        await first.SignInAsync("analyst-national");
        await second.SignInAsync("admin-board");
        await first.Page.GotoAsync($"/cases/{caseId}/edit");
        await second.Page.GotoAsync($"/cases/{caseId}/edit");

        await CaseSteps.ChangeAndSaveAsync(first.Page, "Age months", "20");
        await CaseSteps.ShowsSavedAsync(first.Page);
        await CaseSteps.ChangeAndSaveAsync(second.Page, "Age months", "30");

        (await CaseSteps.ConflictOverAsync(second.Page, "Age months")).ShouldBe(["30", "20"]);
        (await second.Page.GetByLabel("Age months").InputValueAsync()).ShouldBe("30");
        await AccessibilityCheck.NoSeriousViolationsAsync(second.Page);

        await CaseSteps.SaveAsync(second.Page);
        await CaseSteps.ShowsSavedAsync(second.Page);
        (await second.Page.Locator("dd[aria-labelledby='field-age_months']").InnerTextAsync()).ShouldBe("30");
    }

    [BrowserFact]
    public async Task A_reader_downloads_the_word_and_excel_reports()
    {
        await using var opened = await browser.OpenAsync("/signin");
        await opened.SignInAsync("reader-board");
        await opened.Page.GetByRole(AriaRole.Link, new() { Name = "Reports" }).ClickAsync();
        await AccessibilityCheck.NoSeriousViolationsAsync(opened.Page);

        await ReportSteps.DownloadsWordAndExcelAsync(opened.Page);
    }

    [BrowserFact]
    public async Task The_case_pages_have_no_serious_or_critical_accessibility_violations()
    {
        await using var opened = await browser.OpenAsync("/signin");
        await opened.SignInAsync("admin-national");

        foreach (var path in new[] { "/cases", $"/cases?q={TestCases.InScopeWord}&gender=female", $"/cases/{TestCases.InScope}", $"/cases/{TestCases.InScope}/edit", $"/cases/{TestCases.InScope}/audit", "/admin/audit" })
        {
            await opened.Page.GotoAsync(path);
            await AccessibilityCheck.NoSeriousViolationsAsync(opened.Page);
        }

        opened.Console.ShouldBeEmpty();
    }
}
