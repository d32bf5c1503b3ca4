using CaseLens.Application.Tests.Databases;
using CaseLens.Storage;

namespace CaseLens.Web.Tests.Hosting;

/// <summary>One site over a SQLite store with <see cref="TestCases"/>, shared by a test class whose tests change no account.</summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private readonly FreshDatabases _databases = new();
    private TestSite? _site;

    public TestSite Site => _site ?? throw new InvalidOperationException("The site is not started.");

    public async Task InitializeAsync()
    {
        await _databases.InitializeAsync();
        _site = await TestSite.StartAsync(await _databases.NewAsync(DatabaseProvider.Sqlite));
        await TestCases.AddToAsync(_site);
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        await _databases.DisposeAsync();
    }
}
