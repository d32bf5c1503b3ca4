using CaseLens.Application.Dashboard;
using CaseLens.Application.Tests.Databases;
using CaseLens.Domain.Access;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;
using CaseLens.Reporting.Tests.Html;
using CaseLens.Storage;
using CaseLens.TestKit.Databases;
using CaseLens.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CaseLens.Web.Tests.Browser;

/// <summary>
/// The application on Kestrel at a free port of 127.0.0.1 over a SQLite store with the test
/// accounts, and one headless Chromium (Debian's, at <see cref="BrowserFactAttribute.ChromiumPath"/>;
/// never a downloaded one) shared by a test class; each test opens its own context (its own cookies).
/// Nothing is started when Chromium is missing and not required: the tests are skipped then.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private readonly FreshDatabases _databases = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private TestSite? _site;

    /// <summary>Copies of <see cref="TestCases.InScope"/> that tests edit, one per test, so that none sees another's change.</summary>
    public static readonly string[] EditedCases = ["A0002", "A0003", "A0004"];

    /// <summary>Copies of the intensive case <see cref="TestCases.InScope"/> that tests code, one per test, likewise.</summary>
    public static readonly string[] CodedIntensiveCases = ["I0002", "I0003", "I0004"];

    public TestSite Site => _site ?? throw new InvalidOperationException("The site is not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFactAttribute.ChromiumPath) && Environment.GetEnvironmentVariable("CASELENS_REQUIRE_BROWSER") != "1")
        {
            return;
        }

        await _databases.InitializeAsync();
        _site = await TestSite.StartAsync(await _databases.NewAsync(DatabaseProvider.Sqlite), kestrel: true);
        await TestCases.AddToAsync(_site, [.. EditedCases.Select(id => TestCases.All[0] with { CaseId = id })]);
        (await _site.App.Services.GetRequiredService<CaseStore>().ImportAsync([.. CodedIntensiveCases.Select(id => TestCases.Intensive[0] with { CaseId = id })])).ShouldNotBeNull();

        // The first report built in a process loads and compiles its whole path (tables, the
        // disclosure solver): done here once, so that a loaded machine does not spend a test's
        // 30-second budget on the first dashboard.
        await _site.UseAsync<DashboardFigures, Result<Figures>>(d => d.ShowAsync(new AccessRights(Role.Reader, Scope.National), NotificationFilter.None));
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A new page in a context of its own, at <paramref name="path"/>, with its console messages kept.</summary>
    public async Task<OpenedPage> OpenAsync(string path)
    {
        var browser = _browser ?? throw new InvalidOperationException($"Chromium was not launched from {BrowserFactAttribute.ChromiumPath}.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Site.Address.AbsoluteUri });

        // Playwright's 30 s default is for a machine to itself. The test run shares CI's 2 cores with
        // the other test assemblies, and a sign-in that waited 30 s for the dashboard failed a run
        // where nothing was wrong; a real failure still fails, a minute later.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        var opened = new OpenedPage(context, page);
        page.Console += (_, message) => opened.Console.Add($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => opened.Console.Add($"error: {error}");
        await page.GotoAsync(path);
        return opened;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_site is not null)
        {
            await _site.DisposeAsync();
            await _databases.DisposeAsync();
        }
    }
}
