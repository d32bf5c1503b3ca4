using CaseLens.Domain.Notifications;

namespace CaseLens.Storage.Tests.Importing;

public sealed class ImportTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Disposing_a_session_without_completing_it_stores_nothing(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);

        await using (var session = await store.BeginNotificationImportAsync(StoreImports.Options()))
        {
            await session.AddAsync(new NotificationBuilder().WithId("N1"));
            await session.AddAsync(new NotificationBuilder().WithId("N2"));
        }

        (await store.CountNotificationsAsync()).ShouldBe(0);
        (await store.ListAuditEntriesAsync()).ShouldBeEmpty();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Records_are_invisible_to_readers_until_the_import_completes(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await using var session = await store.BeginNotificationImportAsync(StoreImports.Options());
        await session.AddAsync(new NotificationBuilder().WithId("N1"));

        var before = await store.CountNotificationsAsync();
        await session.CompleteAsync("ab12");

        before.ShouldBe(0);
        (await store.CountNotificationsAsync()).ShouldBe(1);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task New_records_are_counted_as_inserted(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);

        var outcome = await store.ImportAsync(Enumerable.Range(1, 25).Select(i => new NotificationBuilder().WithId($"N{i}").Build()));

        outcome.ShouldSatisfyAllConditions(
            () => outcome.Committed.ShouldBeTrue(),
            () => outcome.Rows.ShouldBe(25),
            () => outcome.Inserted.ShouldBe(25),
            () => outcome.Updated.ShouldBe(0),
            () => outcome.Clashes.ShouldBeEmpty());
        (await store.CountNotificationsAsync()).ShouldBe(25);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_clash_without_update_refuses_the_whole_import_and_lists_every_clashing_id(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        Notification storedA = new NotificationBuilder().WithId("A").Aged(3);
        Notification storedB = new NotificationBuilder().WithId("B").Aged(4);
        await store.ImportAsync([storedA, storedB]);
        var auditBefore = await store.ListAuditEntriesAsync();

        var outcome = await store.ImportAsync(
            [new NotificationBuilder().WithId("C"), new NotificationBuilder().WithId("B").Aged(9), new NotificationBuilder().WithId("D"), new NotificationBuilder().WithId("A").Aged(8)]);

        outcome.Committed.ShouldBeFalse();
        outcome.Clashes.ShouldBe(["A", "B"]);
        outcome.Inserted.ShouldBe(0);
        outcome.Updated.ShouldBe(0);
        (await store.StreamNotificationsAsync().ToListAsync()).ShouldBe([storedA, storedB]);
        (await store.ListAuditEntriesAsync()).ShouldBe(auditBefore);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task With_update_clashing_records_are_replaced_and_new_ones_added(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await store.ImportAsync([new NotificationBuilder().WithId("A").Aged(3), new NotificationBuilder().WithId("B").Aged(4)]);
        Notification newA = new NotificationBuilder().WithId("A").Aged(30).In(Region.London);
        Notification newC = new NotificationBuilder().WithId("C").Aged(5);

        var outcome = await store.ImportAsync([newA, newC], update: true);

        outcome.Committed.ShouldBeTrue();
        outcome.Inserted.ShouldBe(1);
        outcome.Updated.ShouldBe(1);
        outcome.Clashes.ShouldBe(["A"]);
        (await store.FindNotificationAsync("A")).ShouldBe(newA);
        (await store.FindNotificationAsync("C")).ShouldBe(newC);
        (await store.FindNotificationAsync("B"))!.AgeMonths.ShouldBe(4);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_case_id_repeated_within_one_import_is_a_clash(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);

        var outcome = await store.ImportAsync(
            [new NotificationBuilder().WithId("X"), new NotificationBuilder().WithId("Y"), new NotificationBuilder().WithId("X")]);

        outcome.Committed.ShouldBeFalse();
        outcome.Clashes.ShouldBe(["X"]);
        (await store.CountNotificationsAsync()).ShouldBe(0);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Intensive_imports_refuse_clashes_like_notification_imports(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await store.ImportAsync([FullRecords.SparseIntensiveCase("I1")]);

        var outcome = await store.ImportAsync([FullRecords.IntensiveCase("I2"), FullRecords.IntensiveCase("I1")]);

        outcome.Committed.ShouldBeFalse();
        outcome.Clashes.ShouldBe(["I1"]);
        (await store.StreamIntensiveCasesAsync().ToListAsync()).ShouldBe([FullRecords.SparseIntensiveCase("I1")]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_session_cannot_be_used_after_it_completes(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await using var session = await store.BeginNotificationImportAsync(StoreImports.Options());
        await session.CompleteAsync("ab12");

        await Should.ThrowAsync<ObjectDisposedException>(async () => await session.AddAsync(new NotificationBuilder()));
    }

}
