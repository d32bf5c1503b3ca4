using CaseLens.Reporting.Tests.Html;
using CaseLens.Web.Tests.Hosting;
using Microsoft.Playwright;

namespace CaseLens.Web.Tests.Browser;

/// <summary>Finding, editing and auditing cases in Chromium, a conflict resolved, and axe on every case page.</summary>
public sealed class CaseBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    private static ILocator CaseLink(IPage page, string caseId) =>
        page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = caseId, Exact = true });

    [BrowserFact]
    public async Task A_case_is_found_by_a_word_of_its_outline_and_by_a_filter()
    {
        await using var opened = await browser.OpenAsync("/signin");
        await opened.SignInAsync("analyst-national");
        await opened.Page.GotoAsync("/cases");

        await opened.Page.GetByLabel("Words in the case outline").FillAsync(TestCases.OtherWord);
        await opened.Page.GetByRole(AriaRole.Button, new() { Name = "Show cases" }).ClickAsync();
        await opened.Page.WaitForURLAsync(url => url.Contains("q=" + TestCases.OtherWord, StringComparison.Ordinal));
        (await CaseLink(opened.Page, TestCases.OtherBoard).CountAsync()).ShouldBe(1);
        (await CaseLink(opened.Page, TestCases.InScope).CountAsync()).ShouldBe(0);

        await opened.Page.GotoAsync("/cases");
        await opened.Page.GetByLabel("Gender").SelectOptionAsync("female");
        await opened.Page.GetByLabel("Category of death").SelectOptionAsync("C");
        await opened.Page.GetByRole(AriaRole.Button, new() { Name = "Show cases" }).ClickAsync();
        await opened.Page.WaitForURLAsync(url => url.Contains("gender=female", StringComparison.Ordinal));
        (await CaseLink(opened.Page, TestCases.InScope).CountAsync()).ShouldBe(1);
        (await CaseLink(opened.Page, TestCases.OtherBoard).CountAsync()).ShouldBe(0);
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
        (await CaseLink(opened.Page, TestCases.InScope).CountAsync()).ShouldBe(1);
    }

    [BrowserFact]
    public async Task An_edit_is_saved_and_its_audit_entry_shows_the_field_before_and_after()
    {
        var caseId = BrowserSite.EditedCases[0];
        await using var opened = await browser.OpenAsync("/signin");
        await opened.SignInAsync("analyst-board");
        await opened.Page.GotoAsync($"/cases/{caseId}");

        await opened.Page.GetByRole(AriaRole.Link, new() { Name = "Edit this case" }).ClickAsync();
        await opened.Page.GetByLabel("Age months").FillAsync("11");
        await opened.Page.GetByRole(AriaRole.Button, new() { Name = "Save the case" }).ClickAsync();

        (await opened.Page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldBe("Your changes were saved.");
        await opened.Page.GetByRole(AriaRole.Link, new() { Name = "Audit trail" }).ClickAsync();
        var update = opened.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Update" });
        (await update.InnerTextAsync()).ShouldContain("Age months: 7 → 11");
        (await update.InnerTextAsync()).ShouldContain("analyst-board");
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

        await first.Page.GetByLabel("Age months").FillAsync("20");
        await first.Page.GetByRole(AriaRole.Button, new() { Name = "Save the case" }).ClickAsync();
        await first.Page.GetByRole(AriaRole.Status).WaitForAsync();
        await second.Page.GetByLabel("Age months").FillAsync("30");
        await second.Page.GetByRole(AriaRole.Button, new() { Name = "Save the case" }).ClickAsync();

        var conflict = second.Page.GetByRole(AriaRole.Alert);
        (await conflict.GetByRole(AriaRole.Heading).InnerTextAsync()).ShouldBe("Someone else saved this case after you opened it");
        (await conflict.GetByRole(AriaRole.Row).Filter(new() { HasText = "Age months" }).Locator("td").AllInnerTextsAsync()).ShouldBe(["30", "20"]);
        (await second.Page.GetByLabel("Age months").InputValueAsync()).ShouldBe("30");
        await AccessibilityCheck.NoSeriousViolationsAsync(second.Page);

        await second.Page.GetByRole(AriaRole.Button, new() { Name = "Save the case" }).ClickAsync();
        (await second.Page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldBe("Your changes were saved.");
        (await second.Page.Locator("dd[aria-labelledby='field-age_months']").InnerTextAsync()).ShouldBe("30");
    }

    [BrowserFact]
    public async Task A_reader_downloads_the_word_and_excel_reports()
    {
        await using var opened = await browser.OpenAsync("/signin");
        await opened.SignInAsync("reader-board");
        await opened.Page.GetByRole(AriaRole.Link, new() { Name = "Reports" }).ClickAsync();
        await AccessibilityCheck.NoSeriousViolationsAsync(opened.Page);

        foreach (var (format, extension) in new[] { ("DOCX", "docx"), ("XLSX", "xlsx") })
        {
            await opened.Page.GetByLabel("Format").SelectOptionAsync(new SelectOptionValue { Label = format });
            var download = await opened.Page.RunAndWaitForDownloadAsync(() => opened.Page.GetByRole(AriaRole.Button, new() { Name = "Download the report" }).ClickAsync());
            download.SuggestedFilename.ShouldBe("caselens-report." + extension);
            var path = await download.PathAsync();
            // Both are zip packages (Office Open XML).
            (await File.ReadAllBytesAsync(path)).Take(2).ShouldBe("PK"u8.ToArray());
        }
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
