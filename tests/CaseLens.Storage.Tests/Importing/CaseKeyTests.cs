using System.Data.Common;
using CaseLens.Domain.Notifications;
using CaseLens.Storage.Importing;
using CaseLens.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CaseLens.Storage.Tests.Importing;

/// <summary>
/// Case ids that differ only in letter case name one case (Domain's CaseKey): an import holding
/// one is refused, with or without updates, naming both ids, and the database refuses it too.
/// </summary>
public sealed class CaseKeyTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    [Theory]
    [OnSqlite, OnPostgres]
    public async Task An_id_differing_from_a_stored_id_only_in_letter_case_is_refused_naming_both(DatabaseProvider provider)
    {
        foreach (var update in new[] { false, true })
        {
            await using var store = await databases.OpenEmptyAsync(provider);
            Notification stored = new NotificationBuilder().WithId("SCR-001").Aged(3);
            await store.ImportAsync([stored]);
            var audit = await store.ListAuditEntriesAsync();

            var outcome = await store.ImportAsync([new NotificationBuilder().WithId("N2"), new NotificationBuilder().WithId("scr-001").Aged(9)], update);

            outcome.Committed.ShouldBeFalse($"update: {update}");
            outcome.Clashes.ShouldBe(["scr-001"]);
            outcome.CaseKeyClashes.ShouldBe([new CaseKeyClash("scr-001", "SCR-001", Stored: true)]);
            (await store.StreamNotificationsAsync().ToListAsync()).ShouldBe([stored]);
            (await store.ListAuditEntriesAsync()).ShouldBe(audit);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Two_ids_of_one_import_differing_only_in_letter_case_refuse_it(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);

        var outcome = await store.ImportAsync([new NotificationBuilder().WithId("ab-1"), new NotificationBuilder().WithId("N2"), new NotificationBuilder().WithId("AB-1")], update: true);

        outcome.Committed.ShouldBeFalse();
        outcome.CaseKeyClashes.ShouldBe([new CaseKeyClash("AB-1", "ab-1", Stored: false)]);
        (await store.CountNotificationsAsync()).ShouldBe(0);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task With_update_a_letter_case_clash_refuses_the_import_and_only_it_is_listed(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await store.ImportAsync([new NotificationBuilder().WithId("A").Aged(1), new NotificationBuilder().WithId("b").Aged(1)]);

        var outcome = await store.ImportAsync([new NotificationBuilder().WithId("A").Aged(2), new NotificationBuilder().WithId("B").Aged(2)], update: true);

        outcome.Committed.ShouldBeFalse();
        outcome.Clashes.ShouldBe(["B"]);
        outcome.CaseKeyClashes.ShouldBe([new CaseKeyClash("B", "b", Stored: true)]);
        (await store.FindNotificationAsync("A"))!.AgeMonths.ShouldBe(1);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Intensive_cases_follow_the_same_rule(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await store.ImportAsync([FullRecords.IntensiveCase("Ic1")]);

        var outcome = await store.ImportAsync([FullRecords.IntensiveCase("IC1")]);

        outcome.CaseKeyClashes.ShouldBe([new CaseKeyClash("IC1", "Ic1", Stored: true)]);
        (await store.StreamIntensiveCasesAsync().ToListAsync()).Select(c => c.CaseId).ShouldBe(["Ic1"]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_large_import_finds_letter_case_clashes_after_the_rows_that_made_it_drop_its_indexes(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await store.ImportAsync([new NotificationBuilder().WithId("STORED").Build()]);
        var rows = SqliteImportSession<Notification>.RowsBeforeDeferringIndexes + 100;
        var records = Enumerable.Range(0, rows).Select(i => new NotificationBuilder().WithId($"R{i:D5}").Build()).ToList();
        records.Add(new NotificationBuilder().WithId("Stored"));
        records.Add(new NotificationBuilder().WithId("r00007"));

        var outcome = await store.ImportAsync(records);

        outcome.Committed.ShouldBeFalse();
        outcome.CaseKeyClashes.ShouldBe([new CaseKeyClash("Stored", "STORED", Stored: true), new CaseKeyClash("r00007", "R00007", Stored: false)]);
        (await store.CountNotificationsAsync()).ShouldBe(1);
        (await DatabaseRefusesAsync(store, "stored")).ShouldBeTrue("the case-key index should be in place after the refused import");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_database_refuses_an_id_differing_from_a_stored_one_only_in_letter_case(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await store.ImportAsync([new NotificationBuilder().WithId("SCR-001").Build()]);

        (await DatabaseRefusesAsync(store, "scr-001")).ShouldBeTrue();
        (await DatabaseRefusesAsync(store, "SCR-002")).ShouldBeFalse();
    }

    /// <summary>Whether an INSERT made without CaseLens's import, straight in SQL, is refused by a unique index.</summary>
    private static async Task<bool> DatabaseRefusesAsync(CaseStore store, string caseId)
    {
        await using DbConnection connection = store.Location.Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(store.Location.ConnectionString)
            : new NpgsqlConnection(store.Location.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = RawNotification.Insert($"'{caseId}'");
        try
        {
            await command.ExecuteNonQueryAsync();
            return false;
        }
        catch (DbException e) when (e is SqliteException { SqliteExtendedErrorCode: 2067 } or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return true;
        }
        finally
        {
            await transaction.RollbackAsync();
        }
    }
}
