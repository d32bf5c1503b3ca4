using CaseLens.Domain.Notifications;
using CaseLens.Storage.Importing;
using Microsoft.Data.Sqlite;

namespace CaseLens.Storage.Tests.Sqlite;

/// <summary>
/// An import into a store it has just made writes through a rollback journal, not the write-ahead log
/// (the rows are then written once, not twice), and the store is in WAL mode again once it ends.
/// </summary>
public sealed class StoreJournalTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    [Fact]
    public async Task An_import_into_a_store_it_made_goes_through_a_rollback_journal_and_leaves_the_store_in_wal_mode()
    {
        var path = databases.NewSqliteFile();
        await using (var store = await CaseStore.OpenAsync(path))
        {
            var (journal, wal) = await ImportWatchingJournalsAsync(store, path, StoreImports.Options() with { IntoNewStore = true }, rows: 3_000);
            journal.ShouldBeTrue("the import should have written through a rollback journal");
            wal.ShouldBeFalse("the import should not have written to the write-ahead log");
            (await store.CountNotificationsAsync()).ShouldBe(3_000);
        }

        JournalMode(path).ShouldBe("wal");
        File.Exists(path + "-journal").ShouldBeFalse();
    }

    [Fact]
    public async Task A_new_store_that_another_connection_has_open_is_imported_through_its_write_ahead_log()
    {
        var path = databases.NewSqliteFile();
        await using var store = await CaseStore.OpenAsync(path);
        await using var reader = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await reader.OpenAsync();
        await using (var command = reader.CreateCommand())
        {
            command.CommandText = "SELECT count(*) FROM notifications";
            await command.ExecuteScalarAsync();
        }

        var (journal, wal) = await ImportWatchingJournalsAsync(store, path, StoreImports.Options() with { IntoNewStore = true }, rows: 3_000);

        journal.ShouldBeFalse("leaving WAL mode while another connection has the store open is not possible");
        wal.ShouldBeTrue();
        (await store.CountNotificationsAsync()).ShouldBe(3_000);
        JournalMode(path).ShouldBe("wal");
    }

    [Fact]
    public async Task An_import_puts_back_in_wal_mode_a_store_left_with_a_rollback_journal()
    {
        var path = databases.NewSqliteFile();
        await using (var store = await CaseStore.OpenAsync(path))
        {
            await store.ImportAsync([new NotificationBuilder().WithId("OLD1").Build()]);
        }

        SqliteConnection.ClearAllPools();
        SetJournalMode(path, "delete").ShouldBe("delete");

        await using (var store = await CaseStore.OpenAsync(path))
        {
            await store.ImportAsync([new NotificationBuilder().WithId("NEW1").Build()]);
        }

        JournalMode(path).ShouldBe("wal");
    }

    [Fact]
    public async Task An_import_that_could_not_restore_wal_mode_when_it_began_does_it_when_it_ends()
    {
        var path = databases.NewSqliteFile();
        await using (var store = await CaseStore.OpenAsync(path))
        {
            await store.ImportAsync([new NotificationBuilder().WithId("OLD1").Build()]);
        }

        SqliteConnection.ClearAllPools();
        SetJournalMode(path, "delete").ShouldBe("delete");

        // As when two imports begin on one missing file: the other one holds the store while this
        // one begins, so neither can put it back in WAL mode then.
        await using var store2 = await CaseStore.OpenAsync(path);
        await using (var reader = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            await reader.OpenAsync();
            await using var reading = reader.BeginTransaction(deferred: true);
            await using (var command = reader.CreateCommand())
            {
                command.CommandText = "SELECT count(*) FROM notifications";
                await command.ExecuteScalarAsync();
            }

            await using var session = await store2.BeginNotificationImportAsync(StoreImports.Options());
            JournalMode(path).ShouldBe("delete", "the reader's lock kept the store in rollback mode when the import began");
            await reading.RollbackAsync();
            await reader.CloseAsync();
            await session.AddAsync(new NotificationBuilder().WithId("NEW1").Build());
            (await session.CompleteAsync(new string('0', 64))).Committed.ShouldBeTrue();
        }

        JournalMode(path).ShouldBe("wal");
    }

    /// <summary>Imports <paramref name="rows"/> records (60 MB of outlines at 3,000) and tells which journal files existed while the transaction was open.</summary>
    private static async Task<(bool Journal, bool Wal)> ImportWatchingJournalsAsync(CaseStore store, string path, ImportOptions options, int rows)
    {
        // Outlines long enough to overflow the import's page cache, so that the transaction has begun
        // writing to whichever journal it uses before it commits.
        var outline = new string('x', 20_000);
        bool journal, wal;
        await using (var session = await store.BeginNotificationImportAsync(options))
        {
            for (var i = 0; i < rows; i++)
            {
                await session.AddAsync(new NotificationBuilder().WithId($"S{i:D5}").With(n => n with { CaseOutline = outline }));
            }

            journal = File.Exists(path + "-journal");
            wal = new FileInfo(path + "-wal") is { Exists: true, Length: > 0 };
            (await session.CompleteAsync(new string('0', 64))).Committed.ShouldBeTrue();
        }

        return (journal, wal);
    }

    private static string JournalMode(string path) => SetJournalMode(path, null);

    private static string SetJournalMode(string path, string? mode)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = mode is null ? "PRAGMA journal_mode" : $"PRAGMA journal_mode = {mode}";
        return (string)command.ExecuteScalar()!;
    }
}
