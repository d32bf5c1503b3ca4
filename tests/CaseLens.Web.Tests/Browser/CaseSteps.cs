using Microsoft.Playwright;

namespace CaseLens.Web.Tests.Browser;

/// <summary>Finding and editing notifications in Chromium as a person with a mouse does, one step a method.</summary>
internal static class CaseSteps
{
    public const string Saved = "Your changes were saved.";

    public static ILocator CaseLink(IPage page, string caseId) =>
        page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = caseId, Exact = true });

    /// <summary>The ids of the cases the list shows, in its order.</summary>
    public static Task<IReadOnlyList<string>> ListedAsync(IPage page) =>
        page.GetByRole(AriaRole.Table).Locator("tbody tr td:first-child a").AllInnerTextsAsync();

    /// <summary>From the main navigation to the case list, <paramref name="words"/> typed as outline words and the list shown.</summary>
    public static async Task SearchOutlinesAsync(IPage page, string words)
    {
        await OpenTheListAsync(page);
        await page.GetByLabel("Words in the case outline").FillAsync(words);
        await ShowAsync(page, "q");
    }

    /// <summary>From the main navigation to the case list, each list (by its label) set to a value, and the list shown.</summary>
    public static async Task FilterAsync(IPage page, params (string Label, string Value)[] choices)
    {
        await OpenTheListAsync(page);
        foreach (var (label, value) in choices)
        {
            await page.GetByLabel(label, new() { Exact = true }).SelectOptionAsync(value);
        }

        await ShowAsync(page, (await page.GetByLabel(choices[0].Label, new() { Exact = true }).GetAttributeAsync("name"))!);
    }

    /// <summary>From the case's page to its edit form.</summary>
    public static Task OpenTheFormAsync(IPage page) =>
        page.GetByRole(AriaRole.Link, new() { Name = "Edit this case" }).ClickAsync();

    /// <summary>On the edit form: one text field changed and the case saved, whatever the answer.</summary>
    public static async Task ChangeAndSaveAsync(IPage page, string label, string value)
    {
        await page.GetByLabel(label).FillAsync(value);
        await SaveAsync(page);
    }

    public static Task SaveAsync(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Save the case" }).ClickAsync();

    public static async Task ShowsSavedAsync(IPage page) =>
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldBe(Saved);

    /// <summary>The conflict view after a refused save of a <paramref name="record"/>: both versions of the field <paramref name="label"/>, yours first.</summary>
    public static async Task<IReadOnlyList<string>> ConflictOverAsync(IPage page, string label, string record = "case")
    {
        var conflict = page.GetByRole(AriaRole.Alert);
        (await conflict.GetByRole(AriaRole.Heading).InnerTextAsync()).ShouldBe($"Someone else saved this {record} after you opened it");
        return await conflict.GetByRole(AriaRole.Row).Filter(new() { HasText = label }).Locator("td").AllInnerTextsAsync();
    }

    /// <summary>From the case's page to its audit trail: the text of its one update entry.</summary>
    public static async Task<string> AuditedUpdateAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Audit trail" }).ClickAsync();
        return await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Update" }).InnerTextAsync();
    }

    private static Task OpenTheListAsync(IPage page) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Cases", Exact = true }).ClickAsync();

    private static async Task ShowAsync(IPage page, string field)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Show cases" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).Query.Contains(field + "=", StringComparison.Ordinal));
    }
}
