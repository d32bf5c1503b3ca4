using CaseLens.Storage.Tests.Databases;
using Microsoft.EntityFrameworkCore;

namespace CaseLens.Storage.Tests;

public sealed class MigrationTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Opening_an_empty_database_applies_every_migration(DatabaseProvider provider)
    {
        var location = provider == DatabaseProvider.Sqlite ? databases.NewSqliteFile() : await databases.PostgresAsync();

        await using var store = await CaseStore.OpenAsync(location);

        await using var context = store.CreateContext();
        var all = context.Database.GetMigrations().ToList();
        all.ShouldNotBeEmpty();
        (await context.Database.GetAppliedMigrationsAsync()).ShouldBe(all);
        (await store.CountNotificationsAsync()).ShouldBe(0);
        (await store.CountIntensiveCasesAsync()).ShouldBe(0);
        (await store.ListAuditEntriesAsync()).ShouldBeEmpty();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Opening_a_store_again_keeps_its_data(DatabaseProvider provider)
    {
        var location = await databases.EmptyLocationAsync(provider);
        await using (var first = await CaseStore.OpenAsync(location))
        {
            await first.ImportAsync([FullRecords.Notification("N1")]);
        }

        await using var second = await CaseStore.OpenAsync(location);

        (await second.FindNotificationAsync("N1")).ShouldBe(FullRecords.Notification("N1"));
    }

    [Fact]
    public void The_model_has_no_changes_missing_from_the_migrations()
    {
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            var location = provider == DatabaseProvider.Sqlite ? "model-check.db" : "Host=localhost;Database=model_check";
            using var context = CaseStore.Unopened(StoreLocation.Parse(location)).CreateContext();

            context.Database.HasPendingModelChanges().ShouldBeFalse($"{provider}: run `dotnet ef migrations add` (see src/CaseLens.Storage/README.md)");
        }
    }
}
