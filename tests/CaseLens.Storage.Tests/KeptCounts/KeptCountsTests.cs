using System.Globalization;
using CaseLens.Domain.Notifications;
using CaseLens.Storage.Importing;
using CaseLens.Storage.KeptCounts;
using CaseLens.Storage.Records;
using CaseLens.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseLens.Storage.Tests.KeptCounts;

/// <summary>
/// Counts kept beside the notifications are given out only while they count exactly what the store
/// holds: written by an import that stored every row into an empty store, and stale after any other
/// change to the notifications, whoever makes it (the generation's triggers).
/// </summary>
public sealed class KeptCountsTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    private const int Format = 7;
    private static readonly byte[] Counts = [1, 2, 3, 250];

    /// <summary>More than SQLite's import needs before it suspends the triggers for the rest of the load.</summary>
    private const int LargeImport = SqliteImportSession<Notification>.RowsBeforeDeferringIndexes + 500;

    [Theory, OnSqlite, OnPostgres]
    public async Task Counts_offered_by_an_import_into_an_empty_store_are_read_back_in_their_format(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);

        (await ImportAsync(store, Ids(1, 3), keep: true)).Committed.ShouldBeTrue();

        var kept = new KeptNotificationCounts(store);
        (await kept.ReadCurrentAsync(Format)).ShouldBe(Counts);
        (await kept.ReadCurrentAsync(Format + 1)).ShouldBeNull();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Counts_kept_by_a_large_import_go_stale_when_a_row_is_changed_by_plain_sql(DatabaseProvider provider)
    {
        // On SQLite the large import suspends the triggers and makes them again before committing:
        // a change after it must still move the generation on.
        await using var store = await databases.OpenEmptyAsync(provider);
        await ImportAsync(store, Ids(1, LargeImport), keep: true);
        (await new KeptNotificationCounts(store).ReadCurrentAsync(Format)).ShouldBe(Counts);

        await ExecuteAsync(store, "UPDATE notifications SET age_months = 5 WHERE case_id = 'N00007'");

        (await new KeptNotificationCounts(store).ReadCurrentAsync(Format)).ShouldBeNull();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Counts_go_stale_when_a_row_is_deleted_by_plain_sql(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await ImportAsync(store, Ids(1, 3), keep: true);

        await ExecuteAsync(store, "DELETE FROM notifications WHERE case_id = 'N00002'");

        (await new KeptNotificationCounts(store).ReadCurrentAsync(Format)).ShouldBeNull();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Counts_go_stale_when_a_case_is_deleted_or_replaced_as_the_web_does(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await ImportAsync(store, Ids(1, 3), keep: true);
        var repository = new NotificationRepository(store);
        (await repository.DeleteAsync("N00002", "editor")).ShouldBeTrue();
        (await new KeptNotificationCounts(store).ReadCurrentAsync(Format)).ShouldBeNull();

        await using var edited = await databases.OpenEmptyAsync(provider);
        await ImportAsync(edited, Ids(1, 3), keep: true);
        var stored = (await edited.FindNotificationAsync("N00001"))!;
        var replaced = await new NotificationRepository(edited).ReplaceAsync(stored with { AgeMonths = 100 }, s => s == stored, "editor");
        replaced.Outcome.ShouldBe(ReplacementOutcome.Replaced);
        (await edited.FindNotificationAsync("N00001"))!.AgeMonths.ShouldBe(100);
        (await new KeptNotificationCounts(edited).ReadCurrentAsync(Format)).ShouldBeNull();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_import_into_a_store_holding_notifications_keeps_nothing_and_leaves_the_old_counts_stale(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await ImportAsync(store, Ids(1, 3), keep: true);

        (await ImportAsync(store, Ids(4, LargeImport), keep: true, counts: [9, 9])).Committed.ShouldBeTrue();

        (await new KeptNotificationCounts(store).ReadCurrentAsync(Format)).ShouldBeNull();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_update_keeps_nothing_even_into_an_empty_store(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);

        (await ImportAsync(store, Ids(1, 3), keep: true, update: true)).Committed.ShouldBeTrue();

        (await new KeptNotificationCounts(store).ReadCurrentAsync(Format)).ShouldBeNull();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_refused_import_keeps_nothing_and_leaves_the_kept_counts_current(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await ImportAsync(store, Ids(1, 3), keep: true);

        (await ImportAsync(store, Ids(3, 5), keep: true, counts: [9, 9])).Committed.ShouldBeFalse();

        (await new KeptNotificationCounts(store).ReadCurrentAsync(Format)).ShouldBe(Counts);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_import_session_says_it_may_keep_counts_only_when_the_table_held_no_records(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await using (var first = await store.BeginNotificationImportAsync(StoreImports.Options(update: false)))
        {
            first.MayKeepCounts.ShouldBeTrue();
            await first.AddAsync(Ids(1, 1).Single());
            await first.CompleteAsync("ab12");
        }

        await using var second = await store.BeginNotificationImportAsync(StoreImports.Options(update: false));
        second.MayKeepCounts.ShouldBeFalse();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_store_made_before_the_generation_takes_it_and_its_triggers_when_opened(DatabaseProvider provider)
    {
        var location = await databases.EmptyLocationAsync(provider);
        string before;
        await using (var store = await CaseStore.OpenAsync(location))
        {
            await using var context = store.CreateContext();
            var migrations = context.Database.GetMigrations().ToList();
            before = migrations[migrations.FindIndex(m => m.EndsWith("_KeptCounts_Additive", StringComparison.Ordinal)) - 1];
            await context.GetService<IMigrator>().MigrateAsync(before);
            await store.ImportAsync(Ids(1, 3));
        }

        await using (var reopened = await CaseStore.OpenAsync(location))
        {
            (await reopened.CountNotificationsAsync()).ShouldBe(3);
            var generation = await GenerationAsync(reopened);
            await new NotificationRepository(reopened).DeleteAsync("N00001", "editor");
            (await GenerationAsync(reopened)).ShouldBeGreaterThan(generation);
            (await new KeptNotificationCounts(reopened).ReadCurrentAsync(Format)).ShouldBeNull();
        }
    }

    private static IEnumerable<Notification> Ids(int first, int last) =>
        Enumerable.Range(first, last - first + 1).Select(i => new NotificationBuilder().WithId(string.Create(CultureInfo.InvariantCulture, $"N{i:D5}")).Build());

    private static async Task<ImportOutcome> ImportAsync(CaseStore store, IEnumerable<Notification> records, bool keep, bool update = false, byte[]? counts = null)
    {
        await using var session = await store.BeginNotificationImportAsync(StoreImports.Options(update));
        foreach (var record in records)
        {
            await session.AddAsync(record);
        }

        if (keep)
        {
            session.KeepCounts(Format, counts ?? Counts);
        }

        return await session.CompleteAsync("ab12");
    }

    private static async Task ExecuteAsync(CaseStore store, string sql)
    {
        await using var connection = store.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> GenerationAsync(CaseStore store)
    {
        await using var connection = store.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {GenerationTriggers.CurrentGeneration}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
