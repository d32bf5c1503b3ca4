using CaseLens.Domain.Notifications;
using CaseLens.Storage.Querying;
using CaseLens.Storage.Records;
using CaseLens.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseLens.Storage.Tests.Sqlite;

/// <summary>
/// The full-text index of the case outlines after a bulk import, which suspends the triggers that
/// keep it in step and catches it up before committing, and after the file is rewritten: it must hold
/// exactly what an index of the stored outlines built afresh holds, and the triggers must be back as
/// they were. Only rows with an outline are indexed (migration <c>OutlinesOnlyIndexed</c>): FTS5's
/// own integrity check (<see cref="VocabularyAsync"/>) fails should any writer tell it to take out a
/// row it does not hold.
/// </summary>
public sealed class OutlineIndexTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    private const int Batch = SqliteImportSession<Notification>.BatchRows;

    private static readonly int Large = SqliteImportSession<Notification>.RowsBeforeDeferringIndexes + (3 * Batch) + 7;

    [Fact]
    public async Task After_a_bulk_import_with_updates_the_outline_index_holds_exactly_the_stored_outlines()
    {
        var path = databases.NewSqliteFile();
        await using var store = await CaseStore.OpenAsync(path);

        // Stored before, indexed by the triggers one row at a time.
        await store.ImportAsync(Enumerable.Range(0, 40).Select(i => Case($"OLD{i:D3}", i % 4 == 0 ? null : $"earlier words {i}")));
        var triggersBefore = await TriggersAsync(path);

        // Past the point where the import suspends the triggers: new cases, stored cases replaced
        // (outline changed, removed and added), and a new case repeated within the file.
        var incoming = Enumerable.Range(0, Large).Select(i => Case($"NEW{i:D5}", i % 3 == 0 ? null : $"new words {i}")).ToList();
        incoming.AddRange(Enumerable.Range(0, 40).Where(i => i % 2 == 0).Select(i => Case($"OLD{i:D3}", i % 8 == 2 ? null : $"replaced words {i}")));
        incoming.Add(Case("NEW00005", "repeated case's later words"));
        incoming.Add(Case("NEW00007", null));
        var outcome = await store.ImportAsync(incoming, update: true);

        outcome.Committed.ShouldBeTrue();
        outcome.Updated.ShouldBe(22);
        (await IndexedAsync(path)).ShouldBe(await IndexedAfreshAsync(path));
        (await TriggersAsync(path)).ShouldBe(triggersBefore);
        (await store.CheckIntegrityAsync()).ShouldBeEmpty();

        // The triggers keep it in step again afterwards.
        await store.ImportAsync([Case("OLD001", "words after the bulk import")], update: true);
        (await IndexedAsync(path)).ShouldBe(await IndexedAfreshAsync(path));
        (await SearchAsync(store, "replaced words")).ShouldBe([.. Enumerable.Range(0, 40).Where(i => i % 2 == 0 && i % 8 != 2).Select(i => $"OLD{i:D3}")]);
        (await SearchAsync(store, "after")).ShouldBe(["OLD001"]);
        (await SearchAsync(store, "earlier")).ShouldBe([.. Enumerable.Range(0, 40).Where(i => i % 2 == 1 && i != 1).Select(i => $"OLD{i:D3}")]);
    }

    [Fact]
    public async Task The_triggers_index_only_rows_with_an_outline_as_outlines_come_and_go()
    {
        var path = databases.NewSqliteFile();
        await using var store = await CaseStore.OpenAsync(path);
        await store.ImportAsync(Enumerable.Range(0, 12).Select(i => Case($"C{i:D2}", i % 3 == 0 ? null : $"first words {i}")));

        // Row by row through the triggers: none to some, some to none, some to other, none to none.
        var outcome = await store.ImportAsync(
            [Case("C00", "added words"), Case("C01", null), Case("C02", "other words"), Case("C03", null)],
            update: true);
        await store.DeleteNotificationAsync("C06", "tester");
        await store.DeleteNotificationAsync("C07", "tester");

        outcome.Committed.ShouldBeTrue();
        (await IndexedAsync(path)).ShouldBe(await IndexedAfreshAsync(path));
        (await SearchAsync(store, "words")).ShouldBe(["C00", "C02", "C04", "C05", "C08", "C10", "C11"]);
        (await SearchAsync(store, "first")).ShouldBe(["C04", "C05", "C08", "C10", "C11"]);
        (await store.CheckIntegrityAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_store_whose_index_held_every_row_holds_only_those_with_an_outline_once_migrated()
    {
        var path = databases.NewSqliteFile();
        await using (var store = await CaseStore.OpenAsync(path))
        {
            await using var context = store.CreateContext();
            var migrations = context.Database.GetMigrations().ToList();
            await context.GetService<IMigrator>().MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_OutlinesOnlyIndexed", StringComparison.Ordinal)) - 1]);
            await store.ImportAsync(Enumerable.Range(0, 10).Select(i => Case($"M{i:D2}", i % 2 == 0 ? null : $"kept words {i}")));
        }

        await using var migrated = await CaseStore.OpenAsync(path);

        // Taking out a row without an outline leaves the index sound: it no longer holds one.
        await migrated.DeleteNotificationAsync("M00", "tester");
        await migrated.DeleteNotificationAsync("M01", "tester");
        (await IndexedAsync(path)).ShouldBe(await IndexedAfreshAsync(path));
        (await SearchAsync(migrated, "kept")).ShouldBe(["M03", "M05", "M07", "M09"]);
        (await OutlineTableSqlAsync(path)).ShouldContain("columnsize = 0");
    }

    [Fact]
    public async Task Rewriting_the_file_to_forget_dropped_values_keeps_the_index_on_the_rows_it_indexed()
    {
        var path = databases.NewSqliteFile();
        await using var store = await CaseStore.OpenAsync(path);
        await store.ImportAsync(Enumerable.Range(0, Large).Select(i => Case($"N{i:D5}", $"words {i} {(i % 5 == 0 ? "fifth" : "other")}")));
        for (var i = 0; i < Large; i += 3)
        {
            await store.DeleteNotificationAsync($"N{i:D5}", "tester");
        }

        // VACUUM, which SQLite documents as free to renumber the rowids of a table without an INTEGER
        // PRIMARY KEY; the index is keyed by them, so it must still match the rows it indexed.
        await store.Database.ForgetDroppedValuesAsync(CancellationToken.None);

        (await IndexedAsync(path)).ShouldBe(await IndexedAfreshAsync(path));
        (await SearchAsync(store, "fifth")).ShouldBe([.. Enumerable.Range(0, Large).Where(i => i % 5 == 0 && i % 3 != 0).Select(i => $"N{i:D5}")]);
    }

    [Fact]
    public async Task A_refused_bulk_import_leaves_the_outline_index_and_its_triggers_as_they_were()
    {
        var path = databases.NewSqliteFile();
        await using var store = await CaseStore.OpenAsync(path);
        await store.ImportAsync(Enumerable.Range(0, 10).Select(i => Case($"OLD{i:D3}", $"earlier words {i}")));
        var indexed = await IndexedAsync(path);
        var triggers = await TriggersAsync(path);

        // The clash comes last, after the triggers were suspended and rows indexed in bulk would have been.
        var incoming = Enumerable.Range(0, Large).Select(i => Case($"NEW{i:D5}", $"new words {i}")).Append(Case("OLD003", "clash")).ToList();
        var outcome = await store.ImportAsync(incoming);

        outcome.Committed.ShouldBeFalse();
        (await IndexedAsync(path)).ShouldBe(indexed);
        (await TriggersAsync(path)).ShouldBe(triggers);
    }

    private static Notification Case(string id, string? outline) =>
        new NotificationBuilder().WithId(id).With(n => n with { CaseOutline = outline }).Build();

    /// <summary>What the outline index holds: every term, row and position (FTS5's own vocabulary of it).</summary>
    private static Task<List<string>> IndexedAsync(string path) => VocabularyAsync(path, "notification_outlines", build: null);

    /// <summary>What an index of the stored outlines built from nothing holds, made and dropped inside a transaction.</summary>
    private static Task<List<string>> IndexedAfreshAsync(string path) => VocabularyAsync(
        path,
        "fresh_outlines",
        "CREATE VIRTUAL TABLE fresh_outlines USING fts5(case_outline, content = 'notifications', content_rowid = 'rowid', tokenize = 'porter unicode61');" +
        "INSERT INTO fresh_outlines (fresh_outlines) VALUES ('rebuild');");

    private static async Task<List<string>> VocabularyAsync(string path, string table, string? build)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        if (build is not null)
        {
            await using var create = new SqliteCommand(build, connection, transaction);
            await create.ExecuteNonQueryAsync();
        }

        // FTS5's own check of the index's structure, and (rank 1) of the index against the rows it indexes.
        await using (var check = new SqliteCommand($"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)", connection, transaction))
        {
            await check.ExecuteNonQueryAsync();
        }

        await using (var vocabulary = new SqliteCommand($"CREATE VIRTUAL TABLE temp.{table}_terms USING fts5vocab(main, {table}, instance)", connection, transaction))
        {
            await vocabulary.ExecuteNonQueryAsync();
        }

        var rows = await RowsAsync(connection, transaction, $"SELECT n.case_id || ' ' || v.term || ' ' || v.offset FROM temp.{table}_terms v JOIN notifications n ON n.rowid = v.doc ORDER BY 1");
        rows.ShouldNotBeEmpty();
        return rows;
    }

    private static async Task<List<string>> SearchAsync(CaseStore store, string words) =>
        [.. (await new NotificationRepository(store).ListAsync(new CaseListQuery { Words = words, Limit = 10_000 })).Rows.Select(r => r.CaseId)];

    private static async Task<string> OutlineTableSqlAsync(string path) =>
        (await RowsAsync(path, "SELECT sql FROM sqlite_schema WHERE name = 'notification_outlines'")).Single();

    private static Task<List<string>> TriggersAsync(string path) =>
        RowsAsync(path, "SELECT name || ': ' || sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name");

    private static async Task<List<string>> RowsAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        return await RowsAsync(connection, null, sql);
    }

    private static async Task<List<string>> RowsAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        await using var command = new SqliteCommand(sql, connection, transaction);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
