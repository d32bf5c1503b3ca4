using System.Data.Common;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Synthesis;
using CaseLens.Storage.Auditing;
using CaseLens.Storage.Importing;
using CaseLens.Storage.Sqlite;
using CsCheck;
using Microsoft.Data.Sqlite;

namespace CaseLens.Storage.Tests.Importing;

/// <summary>
/// Imports larger than one batch of the SQLite bulk path (<see cref="SqliteImportSession{T}.BatchRows"/>
/// rows per INSERT), and larger than the point where it rebuilds the secondary indexes at the end.
/// </summary>
public sealed class BulkImportTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    private const int Batch = SqliteImportSession<Notification>.BatchRows;

    [Theory, OnSqlite, OnPostgres]
    public async Task Any_batches_of_notifications_come_back_identical(DatabaseProvider provider) =>
        await RandomRecords.Batches(Batch - 1, (3 * Batch) + 1).SampleAsync(
            async batch =>
            {
                await using var store = await databases.OpenEmptyAsync(provider);
                await store.ImportAsync(batch);
                (await store.StreamNotificationsAsync().ToListAsync()).ShouldBe(batch);
            },
            iter: 10,
            threads: 1);

    [Theory, OnSqlite, OnPostgres]
    public async Task A_large_import_comes_back_identical(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        var rows = SqliteImportSession<Notification>.RowsBeforeDeferringIndexes + (2 * Batch) + 5;
        var records = SyntheticNotifications.Generate(rows, seed: 11).ToList();

        var outcome = await store.ImportAsync(records);

        outcome.Inserted.ShouldBe(rows);
        (await store.StreamNotificationsAsync().ToListAsync()).ShouldBe(records.OrderBy(n => n.CaseId, StringComparer.Ordinal));
        (await store.CheckIntegrityAsync()).ShouldBeEmpty();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Clashes_anywhere_in_a_large_import_are_all_listed_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        var stored = new[] { 3, 40, 41, 200, 299 }.Select(i => new NotificationBuilder().WithId($"N{i:D4}").Aged(1).Build()).ToList();
        await store.ImportAsync(stored);
        var auditBefore = await store.ListAuditEntriesAsync();

        // N0007 comes twice within one batch, N0100 in two batches; the last row is in the rows left over after the batches.
        var ids = Enumerable.Range(0, 300).Select(i => $"N{i:D4}").Concat(["N0007", "N0100"]).ToList();
        ids.Insert(10, "N0007");
        var outcome = await store.ImportAsync(ids.Select(id => new NotificationBuilder().WithId(id).Aged(2).Build()));

        outcome.Committed.ShouldBeFalse();
        outcome.Clashes.ShouldBe(["N0003", "N0007", "N0040", "N0041", "N0100", "N0200", "N0299"]);
        (await store.StreamNotificationsAsync().ToListAsync()).ShouldBe(stored);
        (await store.ListAuditEntriesAsync()).ShouldBe(auditBefore);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_large_import_with_update_replaces_only_the_stored_records_and_audits_each(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        var storedIds = new[] { 0, 33, 34, 64, 150, 199 }.Select(i => $"N{i:D4}").ToList();
        await store.ImportAsync(storedIds.Select(id => new NotificationBuilder().WithId(id).Aged(1).Build()));
        var incoming = Enumerable.Range(0, 200).Select(i => new NotificationBuilder().WithId($"N{i:D4}").Aged(2).Build()).ToList();

        var outcome = await store.ImportAsync(incoming, update: true);

        outcome.ShouldSatisfyAllConditions(
            () => outcome.Committed.ShouldBeTrue(),
            () => outcome.Inserted.ShouldBe(200 - storedIds.Count),
            () => outcome.Updated.ShouldBe(storedIds.Count),
            () => outcome.Clashes.ShouldBe(storedIds));
        (await store.StreamNotificationsAsync().ToListAsync()).ShouldBe(incoming);
        var updates = (await store.ListAuditEntriesAsync()).Where(e => e.Action == AuditAction.Update).ToList();
        updates.Select(e => e.CaseId).Order(StringComparer.Ordinal).ShouldBe(storedIds);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_large_import_with_update_replaces_every_stored_record_and_adds_the_rest(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        var rows = SqliteImportSession<Notification>.RowsBeforeDeferringIndexes + Batch + 1;
        await store.ImportAsync(SyntheticNotifications.Generate(rows / 2, seed: 5));
        var incoming = SyntheticNotifications.Generate(rows, seed: 6).ToList();

        var outcome = await store.ImportAsync(incoming, update: true);

        outcome.Updated.ShouldBe(rows / 2);
        outcome.Inserted.ShouldBe(rows - (rows / 2));
        (await store.StreamNotificationsAsync().ToListAsync()).ShouldBe(incoming.OrderBy(n => n.CaseId, StringComparer.Ordinal));
        (await store.CheckIntegrityAsync()).ShouldBeEmpty();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_record_breaking_another_constraint_inside_a_batch_fails_the_import(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        var records = Enumerable.Range(0, (2 * Batch) + 3).Select(i => new NotificationBuilder().WithId($"N{i:D4}").Build()).ToList();
        records[Batch + 5] = records[Batch + 5] with { CaseId = null! };

        await Should.ThrowAsync<DbException>(async () => await store.ImportAsync(records));

        (await store.CountNotificationsAsync()).ShouldBe(0);
        (await store.ListAuditEntriesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_large_sqlite_import_leaves_the_secondary_indexes_as_they_were()
    {
        var path = databases.NewSqliteFile();
        await using var store = await CaseStore.OpenAsync(path);
        var before = await IndexesAsync(path);
        var rows = SqliteImportSession<Notification>.RowsBeforeDeferringIndexes + Batch + 1;

        await store.ImportAsync(SyntheticNotifications.Generate(rows, seed: 3));
        var afterCommit = await IndexesAsync(path);
        var refused = await store.ImportAsync(SyntheticNotifications.Generate(rows, seed: 3));
        var afterRefusal = await IndexesAsync(path);

        before.ShouldContain(index => index.Contains("ix_notifications_incident_date", StringComparison.Ordinal));
        afterCommit.ShouldBe(before);
        refused.Committed.ShouldBeFalse();
        refused.Clashes.Count.ShouldBe(rows);
        afterRefusal.ShouldBe(before);
        (await store.CheckIntegrityAsync()).ShouldBeEmpty();
    }

    private static async Task<List<string>> IndexesAsync(string path)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new SqliteCommand("SELECT name || ': ' || sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name", connection);
        var indexes = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            indexes.Add(reader.GetString(0));
        }

        return indexes;
    }
}
