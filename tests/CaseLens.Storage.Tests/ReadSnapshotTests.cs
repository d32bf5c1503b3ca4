using CaseLens.Domain.Notifications;
using CaseLens.Domain.Provenance;
using CaseLens.Storage.Querying;
using CaseLens.Storage.Tests.Databases;
using CaseLens.TestKit;

namespace CaseLens.Storage.Tests;

/// <summary>
/// The ranges of a parallel read from a SQLite store all read the moment the read began
/// (<see cref="SqliteReadSnapshot"/>), so a change committed while they run is in none of them.
/// </summary>
public sealed class ReadSnapshotTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    [Fact]
    public async Task Ranges_read_at_a_snapshot_see_no_change_committed_after_it()
    {
        await using var store = await databases.OpenEmptyAsync(DatabaseProvider.Sqlite);
        var before = Enumerable.Range(0, 10).Select(i => new NotificationBuilder().WithId($"N{i:D2}").Aged(i).Build()).ToList();
        await store.ImportAsync(before);
        using var snapshot = SqliteReadSnapshot.Begin(store.Location.ConnectionString, "notifications");
        snapshot.Shared.ShouldBeTrue();

        // Committed after the moment: a new record in the second range, a deleted one in the first,
        // and a changed one in the second.
        await store.ImportAsync([new NotificationBuilder().WithId("N99").Build()]);
        (await store.DeleteNotificationAsync("N01", "tester")).ShouldBeTrue();
        await store.ImportAsync([before[7] with { AgeMonths = 100 }], update: true);
        var reader = await CodedNotificationReader.LoadAsync();
        var coded = await reader.ReadAsync(
            store.Location.ConnectionString, snapshot, NotificationFilter.None, [new KeyRange(null, "N05"), new KeyRange("N05", null)], [0, 5], 10, CancellationToken.None);

        coded.Count.ShouldBe(10);
        coded.Cases.ToArray().Select(c => c.AgeMonths).ShouldBe(before.Select(n => n.AgeMonths));
        coded.Digest.ToArray().ShouldBe(DataSetHash.NotificationDigest(before));
        (await store.ReadCodedNotificationsAsync(null)).Count.ShouldBe(10);
        (await store.ReadCodedNotificationsAsync(null)).Cases.ToArray().Select(c => c.AgeMonths).ShouldContain(100);
    }
}
