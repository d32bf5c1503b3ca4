using CaseLens.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseLens.Storage.Tests.Model;

/// <summary>
/// The migration that makes case ids differing only in letter case one case cannot be taken by a
/// store already holding two such ids: it stops, leaving the store as it was (and on PostgreSQL
/// names them), rather than choose one of the records.
/// </summary>
public sealed class CaseKeyMigrationTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    [Theory, OnSqlite, OnPostgres]
    public async Task A_store_holding_ids_that_differ_only_in_letter_case_is_not_migrated(DatabaseProvider provider)
    {
        var location = provider == DatabaseProvider.Sqlite ? databases.NewSqliteFile() : await databases.NewPostgresDatabaseAsync();
        var store = CaseStore.Unopened(StoreLocation.Parse(location));
        await using (var context = store.CreateContext())
        {
            var first = context.Database.GetMigrations().First();
            await context.GetService<IMigrator>().MigrateAsync(first);
            foreach (var id in new[] { "scr-9", "SCR-9" })
            {
                await context.Database.ExecuteSqlRawAsync(RawNotification.Insert("{0}"), id);
            }
        }

        var refused = await Should.ThrowAsync<Exception>(() => CaseStore.OpenAsync(location));

        if (provider == DatabaseProvider.Postgres)
        {
            refused.Message.ShouldContain("SCR-9 and scr-9");
        }

        await using var after = store.CreateContext();
        (await after.Database.GetAppliedMigrationsAsync()).Count().ShouldBe(1);
        (await after.Database.SqlQueryRaw<string>("SELECT case_id AS \"Value\" FROM notifications ORDER BY case_id").ToListAsync()).ShouldBe(["SCR-9", "scr-9"]);
        await store.DisposeAsync();
    }
}
