using CaseLens.Storage.Locations;
using CaseLens.Storage.Opening;
using Microsoft.Data.Sqlite;

namespace CaseLens.Storage.Tests.Opening;

/// <summary>
/// A new SQLite store's file is made with its permissions before SQLite opens it, never through a
/// link; and a store can be read through the immutable connection a reader falls back to when the
/// store's folder cannot be written.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SqliteFilesTests
{
    [Theory]
    [InlineData(null, "600")]
    [InlineData("640", "640")]
    public async Task A_new_store_and_its_log_have_the_mode_asked_for_whatever_the_umask(string? asked, string expected)
    {
        await using var database = new FreshDatabase(DatabaseProvider.Sqlite);
        var use = asked is null ? StoreUse.Create() : StoreUse.Create((UnixFileMode)Convert.ToInt32(asked, 8));

        var opened = await StoreOpening.OpenAsync(StoreLocation.Parse(database.Location), use);
        await using var store = opened.Value.Store;
        await store.ImportAsync([FullRecords.Notification("N1")]);
        // The reader holds a read transaction while the modes are read: the log and the shared memory
        // exist only while some connection has the store open, and the store's idle pooled connections
        // are closed whenever another test clears the pools (the log went with them once, in CI).
        await using var reader = new SqliteConnection($"Data Source={database.Location}");
        await reader.OpenAsync();
        await using var read = reader.BeginTransaction(deferred: true);
        await using (var query = reader.CreateCommand())
        {
            query.CommandText = "PRAGMA journal_mode";
            ((string?)await query.ExecuteScalarAsync()).ShouldBe("wal");
            query.CommandText = "SELECT count(*) FROM sqlite_schema";
            await query.ExecuteScalarAsync();
        }

        foreach (var file in new[] { database.Location, database.Location + "-wal", database.Location + "-shm" })
        {
            Convert.ToString((int)File.GetUnixFileMode(file), 8).ShouldBe(expected, file);
        }
    }

    [Fact]
    public async Task A_store_is_not_created_through_a_dangling_link()
    {
        await using var database = new FreshDatabase(DatabaseProvider.Sqlite);
        var victim = database.Location + ".victim";
        File.CreateSymbolicLink(database.Location, victim);

        var opened = await StoreOpening.OpenAsync(StoreLocation.Parse(database.Location), StoreUse.Create());

        opened.Problems.Single().Code.ShouldBe("store.foreign");
        File.Exists(victim).ShouldBeFalse();
    }

    [Fact]
    public async Task An_immutable_connection_reads_the_whole_store_even_with_uri_characters_in_its_path()
    {
        await using var database = new FreshDatabase(DatabaseProvider.Sqlite);
        var folder = Path.Combine(Path.GetDirectoryName(database.Location)!, "a?b#c%d e");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "store.db");
        await using (var store = await CaseStore.OpenAsync(file))
        {
            await store.ImportAsync([FullRecords.Notification("N1"), FullRecords.SparseNotification("N2")]);
            await store.ImportAsync([FullRecords.IntensiveCase("I1")]);
        }

        var location = StoreLocation.Parse(file);
        await using var immutable = new CaseStore(location.With(SqliteLocation.Immutable(file)), TimeProvider.System);

        (await immutable.ReadCodedNotificationsAsync(null, minRowsForParallelRead: 1, CancellationToken.None)).Count.ShouldBe(2);
        (await immutable.StreamNotificationsAsync().ToListAsync()).Select(n => n.CaseId).ShouldBe(["N1", "N2"]);
        (await immutable.StreamIntensiveCasesAsync().ToListAsync()).ShouldBe([FullRecords.IntensiveCase("I1")]);
        (await immutable.CountNotificationsAsync()).ShouldBe(2);
        immutable.Location.SqliteFile.ShouldBe(file);
    }

    [Fact]
    public async Task A_store_left_with_a_hot_rollback_journal_is_read_as_it_was_before_the_stopped_write()
    {
        await using var database = new FreshDatabase(DatabaseProvider.Sqlite);
        var file = database.Location;
        var outline = new string('x', 3_000);
        var before = Enumerable.Range(1, 500).Select(i => new NotificationBuilder().WithId($"N{i:D4}").With(n => n with { Board = "Before", CaseOutline = outline }).Build()).ToList();
        await using (var store = await CaseStore.OpenAsync(file))
        {
            await store.ImportAsync(before);
        }

        // What a process killed midway through a write in rollback-journal mode leaves: a file holding
        // some of the changed pages, and the journal holding their earlier content.
        SqliteConnection.ClearAllPools();
        var crashed = Path.Combine(Path.GetDirectoryName(file)!, "crashed.db");
        using (var writer = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString()))
        {
            writer.Open();
            Execute(writer, "PRAGMA journal_mode = delete");
            Execute(writer, "PRAGMA cache_size = 10");
            Execute(writer, "BEGIN IMMEDIATE");
            Execute(writer, "UPDATE notifications SET board = 'During'");
            File.Copy(file, crashed);
            File.Copy(file + "-journal", crashed + "-journal");
            Execute(writer, "ROLLBACK");
        }

        File.ReadAllText(crashed).ShouldContain("During", customMessage: "the write had not reached the file, so this tests nothing");

        var opened = await StoreOpening.OpenAsync(StoreLocation.Parse(crashed), StoreUse.Read);

        opened.Succeeded.ShouldBeTrue(string.Join("; ", opened.Problems.Select(p => p.Message)));
        await using var reading = opened.Value.Store;
        (await reading.StreamNotificationsAsync().ToListAsync()).Select(n => n.Board).Distinct().ShouldBe(["Before"]);
        File.Exists(crashed + "-journal").ShouldBeFalse();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
