using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseLens.Storage.Accounts;

/// <summary>
/// Where the accounts live: the store's own database, chosen as the case store chooses it
/// (<see cref="StoreLocation"/>). Hosts register <see cref="AccountsContext"/> with
/// <see cref="AddAccountsContext"/> and bring its schema up to date with <see cref="MigrateAsync"/>
/// after the case store is opened (which creates a SQLite file the way the store wants it).
/// </summary>
public static class AccountStore
{
    /// <summary>Registers <see cref="AccountsContext"/> (scoped) for the database at <paramref name="location"/>.</summary>
    public static IServiceCollection AddAccountsContext(this IServiceCollection services, StoreLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.Provider == DatabaseProvider.Sqlite
            ? services.AddDbContext<AccountsContext, SqliteAccountsContext>(o => o.UseSqlite(location.ConnectionString))
            : services.AddDbContext<AccountsContext, PostgresAccountsContext>(o => o.UseNpgsql(location.ConnectionString));
    }

    /// <summary>A context over the accounts at <paramref name="location"/>, for one unit of work.</summary>
    public static AccountsContext CreateContext(StoreLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.Provider == DatabaseProvider.Sqlite
            ? new SqliteAccountsContext(new DbContextOptionsBuilder<SqliteAccountsContext>().UseSqlite(location.ConnectionString).Options)
            : new PostgresAccountsContext(new DbContextOptionsBuilder<PostgresAccountsContext>().UseNpgsql(location.ConnectionString).Options);
    }

    /// <summary>Applies the accounts' pending migrations (none pending: nothing changes).</summary>
    public static async Task MigrateAsync(StoreLocation location, CancellationToken cancellationToken = default)
    {
        await using var context = CreateContext(location);
        if ((await context.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Any())
        {
            await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
