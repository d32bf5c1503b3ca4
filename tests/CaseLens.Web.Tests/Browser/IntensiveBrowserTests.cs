using CaseLens.Reporting.Tests.Html;
using CaseLens.Web.Tests.Hosting;
using Microsoft.Playwright;

namespace CaseLens.Web.Tests.Browser;

/// <summary>
/// Coding an intensive case in Chromium: health markers, summary and threshold-map place by mouse
/// with the Word summary read back, each form again by keyboard alone, and axe on every intensive page.
/// </summary>
public sealed class IntensiveBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    private static readonly string KeyboardCase = BrowserSite.CodedIntensiveCases[1];

    [BrowserFact]
    public async Task An_intensive_case_is_coded_summarised_and_placed_by_mouse_and_its_word_summary_holds_what_was_typed()
    {
        await using var opened = await browser.OpenAsync("/signin");
        await opened.SignInAsync("analyst-national");

        await IntensiveCaseSteps.CodeAndDownloadAsync(opened.Page, BrowserSite.CodedIntensiveCases[0]);

        opened.Console.ShouldBeEmpty();
    }

    [BrowserFact]
    public async Task The_health_markers_form_is_completed_by_keyboard_alone()
    {
        await using var opened = await SignedInAtAsync($"/intensive/{KeyboardCase}/edit");
        var page = opened.Page;

        // In the form's order: Tab only goes forward.
        await KeyboardOnly.TickAsync(page, "#urgent_care-ambulance");
        await KeyboardOnly.ChooseAsync(page, "#school_nurse", "no_information");
        await KeyboardOnly.ChooseAsync(page, "#mother_primary_care_history", "yes");
        await KeyboardOnly.PressAsync(page, "form.edit-form button[type=submit]");

        await page.WaitForURLAsync(url => url.EndsWith($"/intensive/{KeyboardCase}?saved=1", StringComparison.Ordinal));
        await IntensiveCaseSteps.ShowsCodedAsync(page);
    }

    [BrowserFact]
    public async Task The_summary_form_is_completed_by_keyboard_alone()
    {
        await using var opened = await SignedInAtAsync($"/intensive/{KeyboardCase}/summary");
        var page = opened.Page;

        await KeyboardOnly.TypeIntoAsync(page, "#key_features", IntensiveCaseSteps.KeyFeatures);
        await KeyboardOnly.TypeIntoAsync(page, "#hv_contact_child_frequency", IntensiveCaseSteps.HealthVisitorFrequency);
        await KeyboardOnly.TypeIntoAsync(page, "#chronology_1_date", IntensiveCaseSteps.ChronologyDate);
        await KeyboardOnly.TypeIntoAsync(page, "#chronology_1_agency", IntensiveCaseSteps.ChronologyAgency);
        await KeyboardOnly.TypeIntoAsync(page, "#chronology_1_event", IntensiveCaseSteps.ChronologyEvent);
        await KeyboardOnly.TypeIntoAsync(page, "#quote_1_text", IntensiveCaseSteps.Quote);
        await KeyboardOnly.TypeIntoAsync(page, "#quote_1_source", IntensiveCaseSteps.QuoteSource);
        await KeyboardOnly.PressAsync(page, "form.edit-form button[type=submit]");

        await page.WaitForURLAsync(url => url.EndsWith($"/intensive/{KeyboardCase}/summary?saved=1", StringComparison.Ordinal));
        await IntensiveCaseSteps.ShowsSummaryAsync(page);
    }

    [BrowserFact]
    public async Task The_threshold_map_is_completed_by_keyboard_alone()
    {
        await using var opened = await SignedInAtAsync($"/intensive/{KeyboardCase}/map");
        var page = opened.Page;

        // Tab enters the map at the choice held (not placed); left from there is the last region
        // (level 1, co-operative); up and down then change the level, left and right the co-operation.
        await KeyboardOnly.TabToAsync(page, "input[name=place]");
        (await KeyboardOnly.FocusedIsAsync(page, "#place-none")).ShouldBeTrue();
        await page.Keyboard.PressAsync("ArrowLeft");
        (await page.IsCheckedAsync("#place-1-5")).ShouldBeTrue();
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowUp");
        (await page.IsCheckedAsync("#place-3-5")).ShouldBeTrue("up moves a level, not a region to the left");
        (await KeyboardOnly.FocusedIsAsync(page, "#place-3-5")).ShouldBeTrue();
        foreach (var _ in Enumerable.Range(0, 3))
        {
            await page.Keyboard.PressAsync("ArrowLeft");
        }

        await KeyboardOnly.PressAsync(page, "form.threshold-form button[type=submit]");

        await page.WaitForURLAsync(url => url.EndsWith($"/intensive/{KeyboardCase}?saved=1", StringComparison.Ordinal));
        await IntensiveCaseSteps.ShowsPlaceAsync(page);
    }

    [BrowserFact]
    public async Task A_summary_saved_meanwhile_is_shown_field_by_field_beside_what_was_typed_and_saving_again_replaces_it()
    {
        var summary = $"/intensive/{BrowserSite.CodedIntensiveCases[2]}/summary";
        await using var first = await SignedInAtAsync(summary);
        await using var second = await browser.OpenAsync("/signin");
        await second.SignInAsync("admin-national");
        await second.Page.GotoAsync(summary);

        await first.Page.GetByLabel("Key features of the case").FillAsync("Saved first.");
        await first.Page.GetByRole(AriaRole.Button, new() { Name = "Save the summary" }).ClickAsync();
        await CaseSteps.ShowsSavedAsync(first.Page);
        await second.Page.GetByLabel("Key features of the case").FillAsync("Typed second.");
        var quote = second.Page.GetByRole(AriaRole.Group, new() { Name = "Quote 1", Exact = true });
        await quote.GetByLabel("Quote", new() { Exact = true }).FillAsync("Words.");
        await quote.GetByLabel("Source").FillAsync("Overview report");
        await second.Page.GetByRole(AriaRole.Button, new() { Name = "Save the summary" }).ClickAsync();

        (await CaseSteps.ConflictOverAsync(second.Page, "Key features", "summary")).ShouldBe(["Typed second.", "Saved first."]);
        (await CaseSteps.ConflictOverAsync(second.Page, "Quote 1: source", "summary")).ShouldBe(["Overview report", "(empty)"]);
        (await second.Page.GetByLabel("Key features of the case").InputValueAsync()).ShouldBe("Typed second.");
        (await quote.GetByLabel("Source").InputValueAsync()).ShouldBe("Overview report");
        await AccessibilityCheck.NoSeriousViolationsAsync(second.Page);

        await second.Page.GetByRole(AriaRole.Button, new() { Name = "Save the summary" }).ClickAsync();
        await CaseSteps.ShowsSavedAsync(second.Page);
        (await second.Page.GetByLabel("Key features of the case").InputValueAsync()).ShouldBe("Typed second.");
        (await quote.GetByLabel("Source").InputValueAsync()).ShouldBe("Overview report");
    }

    private async Task<OpenedPage> SignedInAtAsync(string path)
    {
        var opened = await browser.OpenAsync("/signin");
        await opened.SignInAsync("analyst-national");
        await opened.Page.GotoAsync(path);
        return opened;
    }

    [BrowserFact]
    public async Task The_intensive_pages_have_no_serious_or_critical_accessibility_violations()
    {
        await using var opened = await browser.OpenAsync("/signin");
        await opened.SignInAsync("admin-national");
        var here = $"/intensive/{TestCases.InScope}";

        foreach (var path in new[] { "/intensive", here, here + "/edit", here + "/map", here + "/summary", here + "/audit" })
        {
            await opened.Page.GotoAsync(path);
            await AccessibilityCheck.NoSeriousViolationsAsync(opened.Page);
        }

        opened.Console.ShouldBeEmpty();
    }
}
