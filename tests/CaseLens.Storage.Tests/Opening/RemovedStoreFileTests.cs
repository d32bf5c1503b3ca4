using CaseLens.Storage.Locations;
using CaseLens.Storage.Opening;
using Microsoft.Data.Sqlite;

namespace CaseLens.Storage.Tests.Opening;

/// <summary>
/// A failed import that created a store removes it, and may make it again on its second attempt.
/// Another process's pooled connection may still have the removed file open: nothing is committed
/// into that file, and nothing at the path is removed on its word.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class RemovedStoreFileTests
{
    [Fact]
    public async Task An_import_on_a_pooled_connection_to_a_removed_file_stores_nothing_and_says_so_though_the_path_holds_a_store_again()
    {
        await using var database = new FreshDatabase(DatabaseProvider.Sqlite);
        var path = database.Location;
        await using var store = await CaseStore.OpenAsync(path);
        (await store.CountNotificationsAsync()).ShouldBe(0);

        // The pool keeps that connection to the file; the file is removed and the path made again.
        await ReplaceWithNewStoreAsync(path);

        var refused = await Should.ThrowAsync<StoreFileRemovedException>(() => store.ImportAsync([FullRecords.Notification("N1")]));
        refused.Message.ShouldContain("nothing was stored");

        await using var now = await CaseStore.OpenAsync(path);
        (await now.CountNotificationsAsync()).ShouldBe(0);
        (await now.ImportAsync([FullRecords.Notification("N2")])).Committed.ShouldBeTrue("the pool let go of the removed file's connections");
        (await now.StreamNotificationsAsync().ToListAsync()).Select(n => n.CaseId).ShouldBe(["N2"]);
    }

    [Fact]
    public async Task A_store_is_not_removed_because_a_pooled_connection_to_a_removed_file_finds_that_one_empty()
    {
        await using var database = new FreshDatabase(DatabaseProvider.Sqlite);
        var path = database.Location;
        await using var store = await CaseStore.OpenAsync(path);
        (await store.CountNotificationsAsync()).ShouldBe(0);

        // The pool keeps a connection to the empty file; the path now holds a store with a case.
        await ReplaceWithNewStoreAsync(path, FullRecords.Notification("N1"));

        (await NewStoreRemoval.RemoveIfEmptyAsync(store.Location)).ShouldBeFalse();

        File.Exists(path).ShouldBeTrue();
        SqliteConnection.ClearAllPools();
        await using var kept = await CaseStore.OpenAsync(path);
        (await kept.StreamNotificationsAsync().ToListAsync()).Select(n => n.CaseId).ShouldBe(["N1"]);
    }

    /// <summary>Removes the store at <paramref name="path"/> and puts a new one there, made elsewhere, without touching the pool of <paramref name="path"/>.</summary>
    private static async Task ReplaceWithNewStoreAsync(string path, params Domain.Notifications.Notification[] records)
    {
        var made = Path.Combine(Path.GetDirectoryName(path)!, "made.db");
        await using (var other = await CaseStore.OpenAsync(made))
        {
            if (records.Length > 0)
            {
                await other.ImportAsync(records);
            }
        }

        SqliteConnection.ClearPool(new SqliteConnection(StoreLocation.Parse(made).ConnectionString));
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(path + suffix);
        }

        File.Copy(made, path);
    }
}
