using System.Text.Json;
using CaseLens.Domain.Notifications;
using CaseLens.Storage.Auditing;
using CaseLens.Storage.Importing;
using CaseLens.Storage.Postgres;
using Npgsql;

namespace CaseLens.Storage.Tests.Postgres;

/// <summary>
/// On PostgreSQL an import checks for clashes and reads the records it replaces under the store's
/// writer lock: a writer that holds the lock while the import completes is waited for, and what it
/// stored is then seen, whatever READ COMMITTED would have shown a moment earlier.
/// </summary>
public sealed class WriterLockTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [PostgresTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_import_completing_while_another_writer_stores_the_same_id_waits_and_sees_it(bool update)
    {
        var location = await databases.EmptyLocationAsync(DatabaseProvider.Postgres);
        await using var store = await CaseStore.OpenAsync(location);
        if (update)
        {
            await store.ImportAsync([new NotificationBuilder().WithId("N1").Build() with { Board = "first" }]);
        }

        await using var session = await store.BeginNotificationImportAsync(StoreImports.Options(update));
        await session.AddAsync(new NotificationBuilder().WithId("N1").Build() with { Board = "third" });
        await using var other = await OtherWriterStoresAsync(location, "N1", "second");

        var completing = session.CompleteAsync("ab12");
        var waited = await WaitsForTheLockAsync(location, completing);
        await other.CommitAsync();
        var outcome = await completing;

        waited.ShouldBeTrue("the import should wait for the writer holding the lock");
        var stored = await store.FindNotificationAsync("N1");
        if (update)
        {
            outcome.Committed.ShouldBeTrue();
            stored!.Board.ShouldBe("third");
            var replaced = (await store.ListAuditEntriesAsync("N1")).ShouldHaveSingleItem();
            JsonDocument.Parse(replaced.Before!).RootElement.GetProperty("board").GetString().ShouldBe("second");
        }
        else
        {
            outcome.Committed.ShouldBeFalse();
            outcome.Clashes.ShouldBe(["N1"]);
            stored!.Board.ShouldBe("second");
            (await store.ListAuditEntriesAsync()).ShouldNotContain(e => e.Action == AuditAction.Import);
        }
    }

    [PostgresFact]
    public async Task An_import_waiting_for_the_writer_lock_longer_than_the_connections_command_timeout_still_commits()
    {
        // Npgsql's command timeout (30 s unless the location says otherwise) would otherwise end a
        // long wait for the lock, or a long insert of a million staged rows, with a failure.
        var location = await databases.EmptyLocationAsync(DatabaseProvider.Postgres) + ";Command Timeout=1";
        await using var store = await CaseStore.OpenAsync(location);
        await using var session = await store.BeginNotificationImportAsync(StoreImports.Options(update: false));
        await session.AddAsync(new NotificationBuilder().WithId("N1").Build());
        await using var other = await OtherWriterStoresAsync(location, "N2", "other");

        var completing = session.CompleteAsync("ab12");
        var waited = await WaitsForTheLockAsync(location, completing);
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        await other.CommitAsync();
        var outcome = await completing;

        waited.ShouldBeTrue("the import should wait for the writer holding the lock");
        outcome.Committed.ShouldBeTrue();
        (await store.FindNotificationAsync("N1")).ShouldNotBeNull();
        (await store.FindNotificationAsync("N2")).ShouldNotBeNull();
    }

    /// <summary>Another writer, mid-transaction: it holds the writer lock and has stored (or replaced) a record, not yet committed.</summary>
    private static async Task<NpgsqlTransaction> OtherWriterStoresAsync(string location, string caseId, string board)
    {
        var connection = new NpgsqlConnection(location);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT pg_advisory_xact_lock({PostgresWriterLock.Key}); " +
            RawNotification.Insert("@id", "@board") + " ON CONFLICT (case_id) DO UPDATE SET board = EXCLUDED.board",
            connection,
            transaction);
        command.Parameters.AddWithValue("id", caseId);
        command.Parameters.AddWithValue("board", board);
        await command.ExecuteNonQueryAsync();
        return transaction;
    }

    /// <summary>Whether a session of the store comes to wait for the advisory lock before <paramref name="completing"/> ends.</summary>
    private static async Task<bool> WaitsForTheLockAsync(string location, Task<ImportOutcome> completing)
    {
        await using var connection = new NpgsqlConnection(location);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            connection);
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        while (waiting.Elapsed < Patience && !completing.IsCompleted)
        {
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                return true;
            }

            await Task.Delay(20);
        }

        return false;
    }
}
