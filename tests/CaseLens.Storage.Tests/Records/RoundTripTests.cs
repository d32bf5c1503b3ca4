using CsCheck;

namespace CaseLens.Storage.Tests.Records;

public sealed class RoundTripTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Notifications_come_back_identical_with_every_field_set_or_empty(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        var full = FullRecords.Notification("FULL-1");
        var sparse = FullRecords.SparseNotification("sparse_2");

        await store.ImportAsync([full, sparse]);

        (await store.FindNotificationAsync("FULL-1")).ShouldBe(full);
        (await store.FindNotificationAsync("sparse_2")).ShouldBe(sparse);
        (await store.StreamNotificationsAsync().ToListAsync()).ShouldBe([full, sparse]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Any_notifications_come_back_identical(DatabaseProvider provider) =>
        await RandomRecords.Notifications.SampleAsync(
            async batch =>
            {
                await using var store = await databases.OpenEmptyAsync(provider);
                await store.ImportAsync(batch);
                (await store.StreamNotificationsAsync().ToListAsync()).ShouldBe(batch);
            },
            iter: 25,
            threads: 1);

    [Theory, OnSqlite, OnPostgres]
    public async Task Intensive_cases_come_back_identical_with_every_field_set_or_empty(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        var full = FullRecords.IntensiveCase("I-1");
        var sparse = FullRecords.SparseIntensiveCase("I-2");

        await store.ImportAsync([sparse, full]);

        (await store.FindIntensiveCaseAsync("I-1")).ShouldBe(full);
        (await store.StreamIntensiveCasesAsync().ToListAsync()).ShouldBe([full, sparse]);
        (await store.CountIntensiveCasesAsync()).ShouldBe(2);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Outline_text_is_kept_byte_for_byte(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);

        await store.ImportAsync([FullRecords.Notification("N1")]);

        (await store.FindNotificationAsync("N1"))!.CaseOutline.ShouldBe(FullRecords.Outline);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Unknown_case_ids_are_not_found(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);

        (await store.FindNotificationAsync("nobody")).ShouldBeNull();
        (await store.FindIntensiveCaseAsync("nobody")).ShouldBeNull();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Notifications_stream_in_ordinal_case_id_order(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);

        await store.ImportAsync(new[] { "b", "C", "a1", "A", "_", "9" }.Select(id => FullRecords.SparseNotification(id)));

        (await store.StreamNotificationsAsync().ToListAsync()).Select(n => n.CaseId).ShouldBe(["9", "A", "C", "_", "a1", "b"]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_sound_store_passes_the_integrity_check(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await store.ImportAsync([FullRecords.Notification("N1")]);

        (await store.CheckIntegrityAsync()).ShouldBeEmpty();
    }
}
