using CaseLens.Domain.Notifications;
using CaseLens.Domain.Provenance;
using CaseLens.Storage.Querying;
using CaseLens.Storage.Sqlite.CodedRead;
using CaseLens.Storage.Sqlite.Native;

namespace CaseLens.Storage.Tests.Sqlite.Native;

/// <summary>
/// While the ranges of a parallel read run, <see cref="SqliteWriterHold"/> keeps the SQLite store
/// still: a change being made meanwhile waits, so no range sees it and none misses it.
/// </summary>
public sealed class WriterHoldTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    private static readonly KeyRange[] TwoRanges = [new KeyRange(null, "N05"), new KeyRange("N05", null)];

    [Fact]
    public async Task A_change_made_while_the_store_is_held_waits_until_the_ranges_are_read()
    {
        await using var store = await databases.OpenEmptyAsync(DatabaseProvider.Sqlite);
        var before = Enumerable.Range(0, 10).Select(i => new NotificationBuilder().WithId($"N{i:D2}").Aged(i).Build()).ToList();
        await store.ImportAsync(before);
        var reader = await CodedNotificationReader.LoadAsync();

        CodedNotifications coded;
        Task change;
        using (var hold = SqliteWriterHold.Take(store.Location.ConnectionString))
        {
            hold.Held.ShouldBeTrue();
            change = Task.Run(() => store.ImportAsync([before[7] with { AgeMonths = 100 }, new NotificationBuilder().WithId("N99").Build()], update: true));
            await Task.Delay(300);
            change.IsCompleted.ShouldBeFalse();
            coded = await reader.ReadAsync(store.Location.ConnectionString, NotificationFilter.None, TwoRanges, [0, 5], 10, CancellationToken.None);
        }

        await change;
        coded.Cases.ToArray().Select(c => c.AgeMonths).ShouldBe(before.Select(n => n.AgeMonths));
        coded.Digest.ToArray().ShouldBe(DataSetHash.NotificationDigest(before));
        var after = await store.ReadCodedNotificationsAsync(null, minRowsForParallelRead: 1, CancellationToken.None);
        after.Count.ShouldBe(11);
        after.Cases.ToArray().Select(c => c.AgeMonths).ShouldContain(100);
    }

    [Fact]
    public async Task A_store_already_held_is_not_held_twice_and_is_then_read_in_one_range()
    {
        await using var store = await databases.OpenEmptyAsync(DatabaseProvider.Sqlite);
        var records = Enumerable.Range(0, 10).Select(i => new NotificationBuilder().WithId($"N{i:D2}").Build()).ToList();
        await store.ImportAsync(records);

        using var first = SqliteWriterHold.Take(store.Location.ConnectionString);
        using var second = SqliteWriterHold.Take(store.Location.ConnectionString);
        var read = await store.ReadCodedNotificationsAsync(null, minRowsForParallelRead: 1, CancellationToken.None);

        first.Held.ShouldBeTrue();
        second.Held.ShouldBeFalse();
        read.Count.ShouldBe(10);
        read.Digest.ToArray().ShouldBe(DataSetHash.NotificationDigest(records));
    }
}
