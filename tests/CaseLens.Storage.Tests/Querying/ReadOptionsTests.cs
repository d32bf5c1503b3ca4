using CaseLens.Domain.Notifications;
using CaseLens.Storage.Querying;
using Microsoft.Data.Sqlite;

namespace CaseLens.Storage.Tests.Querying;

public sealed class ReadOptionsTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Without_narrative_every_field_but_the_board_and_outline_is_read(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        Notification[] stored = [FullRecords.Notification("A"), FullRecords.SparseNotification("B")];
        await store.ImportAsync(stored);

        var read = await store.StreamNotificationsAsync(null, NotificationReadOptions.WithoutNarrative).ToListAsync();

        read.ShouldBe(stored.Select(n => n with { Board = null, CaseOutline = null }));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_board_filter_applies_when_the_board_is_not_read(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await store.ImportAsync(
        [
            new NotificationBuilder().WithId("in").With(n => n with { Board = "Camden" }),
            new NotificationBuilder().WithId("out").With(n => n with { Board = "Hackney" }),
        ]);

        var read = await store.StreamNotificationsAsync(new NotificationFilter { Board = "Camden" }, NotificationReadOptions.WithoutNarrative).ToListAsync();

        read.Select(n => (n.CaseId, n.Board)).ShouldBe([("in", (string?)null)]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Everything_is_what_a_stream_reads_by_default(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await store.ImportAsync([FullRecords.Notification("A")]);

        var read = await store.StreamNotificationsAsync(null, NotificationReadOptions.Everything).ToListAsync();

        read.ShouldBe(await store.StreamNotificationsAsync().ToListAsync());
        read.ShouldBe([FullRecords.Notification("A")]);
    }

    [Fact]
    public async Task A_stored_value_that_is_not_a_code_is_reported_when_read()
    {
        var path = databases.NewSqliteFile();
        await using var store = await CaseStore.OpenAsync(path);
        await store.ImportAsync([new NotificationBuilder().WithId("A").In(Region.London).Build()]);
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            await connection.OpenAsync();
            await using var command = new SqliteCommand("UPDATE notifications SET region = 'atlantis'", connection);
            await command.ExecuteNonQueryAsync();
        }

        var error = await Should.ThrowAsync<InvalidDataException>(async () => await store.StreamNotificationsAsync().ToListAsync());

        error.Message.ShouldContain("atlantis");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Reading_into_a_list_gives_the_filtered_records_in_case_id_order(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await store.ImportAsync(
        [
            new NotificationBuilder().WithId("d").With(n => n with { Board = "Camden" }),
            new NotificationBuilder().WithId("b").With(n => n with { Board = "Hackney" }),
            new NotificationBuilder().WithId("a").With(n => n with { Board = "Camden" }),
            new NotificationBuilder().WithId("c").With(n => n with { Board = "Camden" }),
        ]);

        var read = await store.ReadNotificationsAsync(new NotificationFilter { Board = "Camden" }, NotificationReadOptions.Everything);

        read.Select(n => n.CaseId).ShouldBe(["a", "c", "d"]);
    }
}
