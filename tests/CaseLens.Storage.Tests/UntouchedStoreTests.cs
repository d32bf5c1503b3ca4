using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace CaseLens.Storage.Tests;

/// <summary>
/// The command line promises that reading, and an import it refuses, write nothing to the store.
/// On SQLite that is checkable to the byte.
/// </summary>
public sealed class UntouchedStoreTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    [Fact]
    public async Task Opening_and_reading_an_up_to_date_store_changes_no_byte()
    {
        var file = databases.NewSqliteFile();
        await using (var store = await CaseStore.OpenAsync(file))
        {
            await store.ImportAsync([FullRecords.Notification("N1")]);
        }

        var before = await HashOfAsync(file);

        await using (var again = await CaseStore.OpenAsync(file))
        {
            (await again.CountNotificationsAsync()).ShouldBe(1);
            await foreach (var _ in again.StreamNotificationsAsync())
            {
            }
        }

        (await HashOfAsync(file)).ShouldBe(before);
    }

    [Fact]
    public async Task Opening_and_reading_for_a_report_changes_no_byte()
    {
        var file = databases.NewSqliteFile();
        await using (var store = await CaseStore.OpenAsync(file))
        {
            await store.ImportAsync([FullRecords.Notification("N1"), FullRecords.SparseNotification("N2")]);
            await store.ImportAsync([FullRecords.IntensiveCase("I1")]);
        }

        var before = await HashOfAsync(file);

        await using (var again = await CaseStore.OpenAsync(file))
        {
            (await again.ReadCodedNotificationsAsync(null, minRowsForParallelRead: 1, CancellationToken.None)).Count.ShouldBe(2);
            (await again.ReadCodedNotificationsAsync(new Domain.Notifications.NotificationFilter { Board = "x" })).Count.ShouldBe(0);
            (await again.StreamIntensiveCasesAsync().ToListAsync()).ShouldBe([FullRecords.IntensiveCase("I1")]);
        }

        (await HashOfAsync(file)).ShouldBe(before);
    }

    [Fact]
    public async Task A_refused_import_changes_no_byte_of_the_store()
    {
        var file = databases.NewSqliteFile();
        await using (var store = await CaseStore.OpenAsync(file))
        {
            await store.ImportAsync([FullRecords.Notification("N1")]);
        }

        var before = await HashOfAsync(file);

        await using (var again = await CaseStore.OpenAsync(file))
        {
            var outcome = await again.ImportAsync([FullRecords.Notification("N2"), FullRecords.Notification("N1")]);
            outcome.Committed.ShouldBeFalse();
            outcome.Clashes.ShouldBe(["N1"]);
        }

        (await HashOfAsync(file)).ShouldBe(before);
    }

    /// <summary>The SHA-256 of the store file, once every pooled connection to it is closed.</summary>
    private static async Task<byte[]> HashOfAsync(string file)
    {
        SqliteConnection.ClearAllPools();
        return SHA256.HashData(await File.ReadAllBytesAsync(file));
    }
}
