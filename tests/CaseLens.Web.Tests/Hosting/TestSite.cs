using System.Net;
using CaseLens.Application.Accounts;
using CaseLens.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CaseLens.Web.Tests.Hosting;

/// <summary>
/// The web application over a real store, started in-process on the test server (or, for the
/// browser, on Kestrel at a free loopback port), with its logs captured and its clock fake. The
/// clock starts at the real time because Identity reads the system clock for lockouts and codes.
/// </summary>
public sealed class TestSite : IAsyncDisposable
{
    private readonly Dictionary<string, string> _accountIds = new(StringComparer.Ordinal);

    private TestSite(WebApplication app, LogCapture logs, FakeTimeProvider time, string location)
    {
        App = app;
        Logs = logs;
        Time = time;
        Location = location;
    }

    public WebApplication App { get; }

    public LogCapture Logs { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>The store, as <c>--db</c> takes it.</summary>
    public string Location { get; }

    /// <summary>Where Kestrel listens; only for a site started with <c>kestrel: true</c>.</summary>
    public Uri Address => new(App.Urls.First());

    /// <summary>Starts the application over <paramref name="location"/> and adds <see cref="TestAccounts.All"/> unless told not to.</summary>
    public static async Task<TestSite> StartAsync(string location, bool kestrel = false, bool addAccounts = true, Action<WebApplicationBuilder>? configure = null)
    {
        var logs = new LogCapture();
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var options = new CaseLensWebOptions { Database = location, Time = time, Urls = kestrel ? "http://127.0.0.1:0" : null };
        var app = await CaseLensWeb.BuildAsync(options, builder =>
        {
            if (!kestrel)
            {
                builder.WebHost.UseTestServer();
            }

            builder.Logging.ClearProviders().AddProvider(logs);
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        var site = new TestSite(app, logs, time, location);
        if (addAccounts)
        {
            foreach (var (name, role, scope) in TestAccounts.All)
            {
                await site.AddAccountAsync(name, role, scope);
            }
        }

        return site;
    }

    /// <summary>The Identity id of an account this site added.</summary>
    public string IdOf(string name) => _accountIds[name];

    public async Task AddAccountAsync(string name, Domain.Access.Role role, Domain.Access.Scope scope, string password = TestAccounts.Password)
    {
        await using var services = App.Services.CreateAsyncScope();
        var added = await services.ServiceProvider.GetRequiredService<AddAccount>().AddAsync(new NewAccount(name, role, scope, password));
        added.Succeeded.ShouldBeTrue(string.Join("; ", added.Problems));
        _accountIds[name] = added.Value.Id;
    }

    /// <summary>Runs a use case in its own scope, as a request would.</summary>
    public async Task<TResult> UseAsync<T, TResult>(Func<T, Task<TResult>> use)
        where T : notnull
    {
        await using var services = App.Services.CreateAsyncScope();
        return await use(services.ServiceProvider.GetRequiredService<T>());
    }

    /// <summary>
    /// A client of the test server that keeps cookies and does not follow redirects. It speaks as
    /// <c>https://localhost</c>, so the Secure cookies travel as a browser would send them.
    /// </summary>
    public SiteClient Client(CookieContainer? cookies = null)
    {
        var handler = new CookieContainerHandler(cookies ?? new CookieContainer()) { InnerHandler = App.GetTestServer().CreateHandler() };
        return new SiteClient(new HttpClient(handler) { BaseAddress = new Uri("https://localhost/") });
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
