using CaseLens.Application.Accounts;
using CaseLens.Storage;
using CaseLens.Storage.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CaseLens.Application.Tests.Databases;

/// <summary>
/// The account services over a migrated store, as a host registers them, with a fake clock. Each
/// <see cref="Run{T}"/> gets a fresh scope, as each web request does.
/// </summary>
public sealed class AccountHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private AccountHost(ServiceProvider services, StoreLocation location, FakeTimeProvider time)
    {
        _services = services;
        Location = location;
        Time = time;
    }

    public StoreLocation Location { get; }

    public FakeTimeProvider Time { get; }

    public static async Task<AccountHost> OpenAsync(string location)
    {
        var parsed = StoreLocation.Parse(location);
        await (await CaseStore.OpenAsync(parsed)).DisposeAsync();
        await AccountStore.MigrateAsync(parsed);
        var services = new ServiceCollection();
        services.AddLogging();
        // Identity reads the system clock for lockouts and codes, so the fake one starts at the real time.
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        services.AddSingleton<TimeProvider>(time);
        services.AddCaseLensAccounts(parsed);
        return new AccountHost(services.BuildServiceProvider(), parsed, time);
    }

    public async Task<TResult> Run<T, TResult>(Func<T, Task<TResult>> use)
        where T : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<T>());
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
