using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Playwright;

namespace CaseLens.Web.Tests.Browser;

/// <summary>
/// Coding an intensive case in Chromium as a person with a mouse does, one step a method, each
/// starting on the case's page and ending back there (or with the download) once the page says it worked.
/// What is typed is kept here so that a test can look for it where it should arrive.
/// </summary>
internal static class IntensiveCaseSteps
{
    public const string KeyFeatures = "Hostile to the health visitor; typed in Chromium.";
    public const string ChronologyDate = "2005-03-02";
    public const string ChronologyAgency = "GP surgery";
    public const string ChronologyEvent = "Missed the eight-month check.";
    public const string Quote = "Nobody saw the child for weeks.";
    public const string QuoteSource = "Overview report, p. 12";

    /// <summary>A free-text detail of the health-markers schedule (item 9), written under the summary's last heading.</summary>
    public const string HealthVisitorFrequency = "Fortnightly until six months, then none.";

    /// <summary>The label of the field <see cref="HealthVisitorFrequency"/> goes in.</summary>
    public const string HealthVisitorFrequencyLabel = "Health visitor's contact with the index child: frequency of contact (item 9)";

    /// <summary>The name the map page gives the region chosen (level 3, co-operation 2), as the case page shows it.</summary>
    public const string Place = "Level 3: complex needs / children in need; co-operation 2: low co-operation";

    /// <summary>From the main navigation to the intensive sample's list, and on to the case's page.</summary>
    public static async Task OpenFromTheSampleAsync(IPage page, string caseId)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Intensive sample" }).ClickAsync();
        await page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = caseId, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Intensive case " + caseId, Level = 1 }).WaitForAsync();
    }

    /// <summary>School nurse: "No information" (the coded answer, not "Not yet coded"); the mother's history of primary care: yes; urgent care: an ambulance.</summary>
    public static async Task CodeHealthMarkersAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit the coding and health markers" }).ClickAsync();
        await page.GetByLabel("School nurse").SelectOptionAsync(new SelectOptionValue { Label = "No information" });
        await page.GetByLabel("Mother primary care history").SelectOptionAsync(new SelectOptionValue { Label = "Yes" });
        await page.GetByRole(AriaRole.Group, new() { Name = "Urgent care" }).GetByLabel("Ambulance service").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the case" }).ClickAsync();
        await SavedAsync(page);
        await ShowsCodedAsync(page);
    }

    /// <summary>What <see cref="CodeHealthMarkersAsync"/> codes, as the case page shows it.</summary>
    public static async Task ShowsCodedAsync(IPage page)
    {
        (await page.Locator("dd[aria-labelledby='field-school_nurse']").InnerTextAsync()).ShouldBe("No information");
        (await page.Locator("dd[aria-labelledby='field-mother_primary_care_history']").InnerTextAsync()).ShouldBe("Yes");
        (await page.Locator("dd[aria-labelledby='field-urgent_care']").InnerTextAsync()).ShouldBe("Ambulance service");
        (await page.Locator("dd[aria-labelledby='field-salt']").InnerTextAsync()).ShouldBe("Not yet coded");
    }

    /// <summary>A section, a health-marker detail, a chronology entry and a quote, saved; back on the case's page.</summary>
    public static async Task WriteSummaryAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Case summary, chronology and quotes" }).ClickAsync();
        await page.GetByLabel("Key features of the case").FillAsync(KeyFeatures);
        await page.GetByLabel(HealthVisitorFrequencyLabel, new() { Exact = true }).FillAsync(HealthVisitorFrequency);
        var entry = page.GetByRole(AriaRole.Group, new() { Name = "Entry 1", Exact = true });
        await entry.GetByLabel("Date").FillAsync(ChronologyDate);
        await entry.GetByLabel("Agency").FillAsync(ChronologyAgency);
        await entry.GetByLabel("Event").FillAsync(ChronologyEvent);
        var quote = page.GetByRole(AriaRole.Group, new() { Name = "Quote 1", Exact = true });
        await quote.GetByLabel("Quote", new() { Exact = true }).FillAsync(Quote);
        await quote.GetByLabel("Source").FillAsync(QuoteSource);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the summary" }).ClickAsync();
        await SavedAsync(page);
        await ShowsSummaryAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the case" }).ClickAsync();
    }

    /// <summary>What <see cref="WriteSummaryAsync"/> types, as the summary page shows it again.</summary>
    public static async Task ShowsSummaryAsync(IPage page)
    {
        (await page.GetByLabel("Key features of the case").InputValueAsync()).ShouldBe(KeyFeatures);
        (await page.GetByLabel(HealthVisitorFrequencyLabel, new() { Exact = true }).InputValueAsync()).ShouldBe(HealthVisitorFrequency);
        var entry = page.GetByRole(AriaRole.Group, new() { Name = "Entry 1", Exact = true });
        (await entry.GetByLabel("Date").InputValueAsync()).ShouldBe(ChronologyDate);
        (await entry.GetByLabel("Agency").InputValueAsync()).ShouldBe(ChronologyAgency);
        (await entry.GetByLabel("Event").InputValueAsync()).ShouldBe(ChronologyEvent);
        var quote = page.GetByRole(AriaRole.Group, new() { Name = "Quote 1", Exact = true });
        (await quote.GetByLabel("Quote", new() { Exact = true }).InputValueAsync()).ShouldBe(Quote);
        (await quote.GetByLabel("Source").InputValueAsync()).ShouldBe(QuoteSource);
    }

    /// <summary>Level 3, co-operation 2, chosen by a click near the corner of its region of the drawn map (not on the radio button itself).</summary>
    public static async Task PlaceOnTheMapAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Place on the threshold map" }).ClickAsync();
        var region = page.Locator("td:has(#place-3-2)");
        var box = (await region.BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + 6, box.Y + box.Height - 6);
        (await page.Locator("#place-3-2").IsCheckedAsync()).ShouldBeTrue();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the place" }).ClickAsync();
        await SavedAsync(page);
        await ShowsPlaceAsync(page);
    }

    /// <summary>The place of <see cref="PlaceOnTheMapAsync"/>, as the case page draws and names it.</summary>
    public static async Task ShowsPlaceAsync(IPage page)
    {
        (await page.Locator("figure figcaption").InnerTextAsync()).ShouldBe("Place on the threshold map: " + Place);
        (await page.GetByRole(AriaRole.Img, new() { Name = "Threshold map: " + Place }).CountAsync()).ShouldBe(1);
    }

    /// <summary>The Word summary downloaded from the summary page: its paragraphs (table cells included), read with the Open XML SDK.</summary>
    public static async Task<IReadOnlyList<string>> DownloadSummaryAsync(IPage page, string caseId)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Case summary, chronology and quotes" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download as a Word document" }).ClickAsync());
        download.SuggestedFilename.ShouldBe($"case-summary-{caseId}.docx");
        using var document = WordprocessingDocument.Open(await download.PathAsync(), false);
        return [.. document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText)];
    }

    /// <summary>Everything <see cref="WriteSummaryAsync"/> typed, each where the template puts it.</summary>
    public static void HoldsTheSummary(IReadOnlyList<string> paragraphs)
    {
        paragraphs.ShouldContain(KeyFeatures);
        paragraphs.ShouldContain(HealthVisitorFrequency);
        paragraphs.ShouldContain(ChronologyDate);
        paragraphs.ShouldContain(ChronologyAgency);
        paragraphs.ShouldContain(ChronologyEvent);
        paragraphs.ShouldContain(Quote);
        paragraphs.ShouldContain("Source: " + QuoteSource);
        paragraphs.ShouldNotContain("No entries yet.");
    }

    /// <summary>The whole of it: markers, summary, map, then the Word summary checked.</summary>
    public static async Task CodeAndDownloadAsync(IPage page, string caseId)
    {
        await OpenFromTheSampleAsync(page, caseId);
        await CodeHealthMarkersAsync(page);
        await WriteSummaryAsync(page);
        await PlaceOnTheMapAsync(page);
        HoldsTheSummary(await DownloadSummaryAsync(page, caseId));
    }

    private static async Task SavedAsync(IPage page) =>
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldBe("Your changes were saved.");
}
