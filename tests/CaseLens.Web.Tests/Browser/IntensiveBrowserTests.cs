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

        // Tab enters the map at the choice held (not placed); the arrow keys then move through the regions.
        await KeyboardOnly.TabToAsync(page, "input[name=place]");
        (await KeyboardOnly.FocusedIsAsync(page, "#place-none")).ShouldBeTrue();
        for (var i = 0; i < 30 && !await page.IsCheckedAsync("#place-3-2"); i++)
        {
            await page.Keyboard.PressAsync("ArrowRight");
        }

        await KeyboardOnly.PressAsync(page, "form.threshold-form button[type=submit]");

        await page.WaitForURLAsync(url => url.EndsWith($"/intensive/{KeyboardCase}?saved=1", StringComparison.Ordinal));
        await IntensiveCaseSteps.ShowsPlaceAsync(page);
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

        foreach (var path in new[] { "/intensive", here, here + "/edit", here + "/map", here + "/summary" })
        {
            await opened.Page.GotoAsync(path);
            await AccessibilityCheck.NoSeriousViolationsAsync(opened.Page);
        }

        opened.Console.ShouldBeEmpty();
    }
}
