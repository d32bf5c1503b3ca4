using CaseLens.Storage.Model;
using CaseLens.Storage.Opening;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaseLens.Storage.Tests.Model;

public sealed class MigrationTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Opening_an_empty_database_applies_every_migration(DatabaseProvider provider)
    {
        var location = provider == DatabaseProvider.Sqlite ? databases.NewSqliteFile() : await databases.NewPostgresDatabaseAsync();

        await using var store = await CaseStore.OpenAsync(location);

        await using var context = store.CreateContext();
        var all = context.Database.GetMigrations().ToList();
        all.ShouldNotBeEmpty();
        (await context.Database.GetAppliedMigrationsAsync()).ShouldBe(all);
        (await store.CountNotificationsAsync()).ShouldBe(0);
        (await store.CountIntensiveCasesAsync()).ShouldBe(0);
        (await store.ListAuditEntriesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_new_SQLite_store_and_an_empty_file_made_into_one_are_in_WAL_mode()
    {
        var created = databases.NewSqliteFile();
        var empty = databases.NewSqliteFile();
        await File.WriteAllBytesAsync(empty, []);

        foreach (var path in new[] { created, empty })
        {
            await using (await CaseStore.OpenAsync(path))
            {
            }

            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode";
            (await command.ExecuteScalarAsync()).ShouldBe("wal", path);
        }
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
    public void The_migrations_found_without_ef_are_efs_migrations()
    {
        foreach (var (provider, context) in new[] { (DatabaseProvider.Sqlite, typeof(SqliteCaseStoreContext)), (DatabaseProvider.Postgres, typeof(PostgresCaseStoreContext)) })
        {
            var location = provider == DatabaseProvider.Sqlite ? "model-check.db" : "Host=localhost;Database=model_check";
            using var ef = CaseStore.Unopened(StoreLocation.Parse(location)).CreateContext();

            MigrationHistory.KnownIds(context).ShouldBe(ef.Database.GetMigrations().ToList(), $"{provider}");
        }
    }

    [Fact]
    public async Task A_sqlite_file_of_another_program_is_left_alone_even_by_an_import()
    {
        var file = databases.NewSqliteFile();
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString()))
        {
            await connection.OpenAsync();
            await using var command = new SqliteCommand("CREATE TABLE unrelated (x INTEGER)", connection);
            await command.ExecuteNonQueryAsync();
        }

        var before = await File.ReadAllBytesAsync(file);

        var refused = await Should.ThrowAsync<StoreRefusedException>(() => CaseStore.OpenAsync(file));

        refused.Problems.Single().Code.ShouldBe("store.foreign");
        (await File.ReadAllBytesAsync(file)).ShouldBe(before);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_up_to_date_store_is_found_up_to_date(DatabaseProvider provider)
    {
        var location = await databases.EmptyLocationAsync(provider);
        await using (await CaseStore.OpenAsync(location))
        {
        }

        var opened = await StoreOpening.OpenAsync(StoreLocation.Parse(location), StoreUse.Create());

        opened.Succeeded.ShouldBeTrue();
        (opened.Value.Created, opened.Value.Applied.Count).ShouldBe((false, 0));
    }

    [Fact]
    public void A_known_migration_missing_from_the_history_is_pending_and_an_unknown_one_is_newer()
    {
        var location = StoreLocation.Parse("model-check.db");
        var initial = MigrationHistory.KnownIds(typeof(SqliteCaseStoreContext))[0];

        var found = StoreInspection.Of(location, [initial, "29990101000000_FromTheFuture"], 3, [initial, "29990101000000_Next"]);

        found.Condition.ShouldBe(StoreCondition.CaseLens);
        found.Pending.ShouldBe(["29990101000000_Next"]);
        found.Unknown.ShouldBe(["29990101000000_FromTheFuture"]);
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
