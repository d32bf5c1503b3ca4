using CaseLens.Domain.Notifications;
using CaseLens.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace CaseLens.Storage.Tests.Sqlite;

/// <summary>
/// The full-text index of the case outlines after a bulk import, which suspends the triggers that
/// keep it in step and catches it up before committing: it must hold exactly the stored outlines,
/// one entry per case, and the triggers must be back as they were.
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
        (await IndexedAsync(path)).ShouldBe(await StoredOutlinesAsync(path));
        (await TriggersAsync(path)).ShouldBe(triggersBefore);
        (await store.CheckIntegrityAsync()).ShouldBeEmpty();

        // The triggers keep it in step again afterwards.
        await store.ImportAsync([Case("OLD001", "words after the bulk import")], update: true);
        (await IndexedAsync(path)).ShouldBe(await StoredOutlinesAsync(path));
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

    private static Task<List<string>> IndexedAsync(string path) =>
        RowsAsync(path, "SELECT case_id || ': ' || case_outline FROM notification_outlines ORDER BY case_id, case_outline");

    private static Task<List<string>> StoredOutlinesAsync(string path) =>
        RowsAsync(path, "SELECT case_id || ': ' || case_outline FROM notifications WHERE case_outline IS NOT NULL ORDER BY case_id");

    private static Task<List<string>> TriggersAsync(string path) =>
        RowsAsync(path, "SELECT name || ': ' || sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name");

    private static async Task<List<string>> RowsAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new SqliteCommand(sql, connection);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
