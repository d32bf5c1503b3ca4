using Microsoft.Playwright;

namespace CaseLens.Reporting.Tests.Html;

/// <summary>
/// One headless Chromium (the system's at <see cref="BrowserFactAttribute.ChromiumPath"/>, never a downloaded
/// one) shared by a test class; each test opens its own page. Nothing is launched when Chromium is missing
/// and not required: the tests are skipped then.
/// </summary>
public sealed class HeadlessBrowser : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFactAttribute.ChromiumPath) && Environment.GetEnvironmentVariable("CASELENS_REQUIRE_BROWSER") != "1")
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>Writes the page to a temporary file and opens it from disk.</summary>
    public async Task<HeadlessPage> OpenAsync(byte[] html)
    {
        var browser = _browser ?? throw new InvalidOperationException($"Chromium was not launched from {BrowserFactAttribute.ChromiumPath}.");
        var file = Path.Combine(Path.GetTempPath(), $"caselens-report-{Guid.NewGuid():N}.html");
        await File.WriteAllBytesAsync(file, html);
        var page = await browser.NewPageAsync();
        var opened = new HeadlessPage(page, file);
        page.Request += (_, request) =>
        {
            if (request.Url != opened.Url)
            {
                opened.OtherRequests.Add(request.Url);
            }
        };
        await page.GotoAsync(opened.Url);
        return opened;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
