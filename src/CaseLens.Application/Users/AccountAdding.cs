using CaseLens.Application.Accounts;
using CaseLens.Application.Stores;
using CaseLens.Domain.Problems;
using CaseLens.Storage;
using CaseLens.Storage.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace CaseLens.Application.Users;

/// <summary>
/// <c>users add</c>: makes an account of the web application in the store, creating the store and
/// its account tables first when needed. This is how the first administrator comes to be.
/// </summary>
public static class AccountAdding
{
    /// <summary>Adds <paramref name="account"/> through <see cref="AddAccount"/>, the web's own use case.</summary>
    public static async Task<Result<AccountSummary>> AddAsync(StoreAddress database, NewAccount account, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        // The case store first: it creates a new SQLite file the way the store wants it.
        await (await CaseStore.OpenAsync(database.Location, time, cancellationToken).ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        await AccountStore.MigrateAsync(database.Location, cancellationToken).ConfigureAwait(false);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time);
        services.AddCaseLensAccounts(database.Location);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AddAccount>().AddAsync(account, cancellationToken).ConfigureAwait(false);
    }
}
