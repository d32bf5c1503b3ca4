using CaseLens.Storage.Accounts;
using CaseLens.TestKit.Databases;
using Microsoft.EntityFrameworkCore;

namespace CaseLens.Storage.Tests.Accounts;

public sealed class AccountMigrationTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    [Fact]
    public void The_accounts_model_has_no_changes_missing_from_its_migrations()
    {
        foreach (var location in new[] { "model-check.db", "Host=localhost;Database=model_check" })
        {
            using var context = AccountStore.CreateContext(StoreLocation.Parse(location));

            context.Database.HasPendingModelChanges().ShouldBeFalse($"{location}: run `dotnet ef migrations add` (see src/CaseLens.Storage/README.md)");
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_accounts_migrate_beside_the_case_store_sharing_its_history(DatabaseProvider provider)
    {
        var location = StoreLocation.Parse(provider == DatabaseProvider.Sqlite ? databases.NewSqliteFile() : await databases.PostgresAsync());
        await using (var store = await CaseStore.OpenAsync(location))
        {
        }

        await AccountStore.MigrateAsync(location);
        await AccountStore.MigrateAsync(location);

        await using var accounts = AccountStore.CreateContext(location);
        (await accounts.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await accounts.Roles.Select(r => r.Name).OrderBy(n => n).ToListAsync()).ShouldBe(["administrator", "analyst", "reader"]);
        (await accounts.DataProtectionKeys.CountAsync()).ShouldBe(0);
        var applied = (await accounts.Database.GetAppliedMigrationsAsync()).ToList();
        applied.ShouldContain(id => id.EndsWith("_AccountsInitialCreate", StringComparison.Ordinal));
        applied.ShouldContain(id => id.EndsWith("_InitialCreate", StringComparison.Ordinal) && !id.Contains("Accounts", StringComparison.Ordinal), "one history for both models");

        // The case store still finds itself up to date beside the accounts' rows in the history.
        await using var reopened = await CaseStore.OpenAsync(location);
        (await reopened.CheckIntegrityAsync()).ShouldBeEmpty();
    }
}
