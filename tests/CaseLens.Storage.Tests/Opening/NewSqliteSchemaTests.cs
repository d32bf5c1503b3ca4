using CaseLens.Storage.Locations;
using CaseLens.Storage.Opening;
using CaseLens.TestKit;
using Microsoft.Data.Sqlite;

namespace CaseLens.Storage.Tests.Opening;

/// <summary>
/// A new SQLite store is made from one script (<see cref="NewSqliteSchema"/>) rather than by replaying
/// the migrations: the script must be what the migrations make, and the store it makes the store they make.
/// </summary>
public sealed class NewSqliteSchemaTests
{
    private const string ScriptPath = "src/CaseLens.Storage/Opening/NewSqliteSchema.sql";

    [Fact]
    public async Task The_new_store_script_is_written_from_a_store_the_migrations_made()
    {
        await using var database = new FreshDatabase(DatabaseProvider.Sqlite);
        await MigrateAsync(database);

        var script = await SqliteSchemaScript.OfAsync(database.Location);

        script.ShouldContain("CREATE TABLE \"__EFMigrationsHistory\"");
        GoldenFile.Verify(ScriptPath, script);
        if (Environment.GetEnvironmentVariable(GoldenFile.UpdateVariable) != "1")
        {
            // Once the file is written again, the next build embeds it.
            NewSqliteSchema.Script.ShouldBe(script, "the build embeds the script committed beside it");
        }
    }

    [Fact]
    public async Task A_store_made_from_the_script_is_the_store_the_migrations_make()
    {
        await using var migrated = new FreshDatabase(DatabaseProvider.Sqlite);
        await MigrateAsync(migrated);
        await using var made = new FreshDatabase(DatabaseProvider.Sqlite);

        var opened = await StoreOpening.OpenAsync(StoreLocation.Parse(made.Location), StoreUse.Create());
        await using (var store = opened.Value.Store)
        {
            opened.Value.Created.ShouldBeTrue();
            (await store.CheckIntegrityAsync()).ShouldBeEmpty();
        }

        SqliteConnection.ClearAllPools();
        var expected = await SqliteSchemaScript.DescribeAsync(migrated.Location);
        (await SqliteSchemaScript.DescribeAsync(made.Location)).ShouldBe(expected);
        expected.ShouldContain("INSERT INTO \"__EFMigrationsHistory\"");
        expected.ShouldContain("journal_mode = wal");
    }

    [Fact]
    public async Task A_store_made_from_the_script_is_opened_as_fully_migrated_and_takes_an_import()
    {
        await using var made = new FreshDatabase(DatabaseProvider.Sqlite);
        var location = StoreLocation.Parse(made.Location);
        var created = await StoreOpening.OpenAsync(location, StoreUse.Create());
        await using (created.Value.Store)
        {
        }

        var opened = await StoreOpening.OpenAsync(location, StoreUse.Create());
        await using var store = opened.Value.Store;

        opened.Value.Created.ShouldBeFalse();
        opened.Value.Applied.ShouldBeEmpty();
        (await store.ImportAsync([FullRecords.Notification("N1")])).Committed.ShouldBeTrue();
        (await store.CountNotificationsAsync()).ShouldBe(1);
    }

    /// <summary>Makes the store the way every store was made before the script: EF's migrations on an empty file.</summary>
    private static async Task MigrateAsync(FreshDatabase database)
    {
        await database.CreateAsync();
        await using (var store = new CaseStore(SqliteLocation.OfPath(database.Location).Value, TimeProvider.System))
        {
            await StoreMigration.ApplyAsync(store, CancellationToken.None);
        }

        SqliteConnection.ClearAllPools();
    }
}
