using CaseLens.Storage.Opening;
using CaseLens.Domain.Notifications;

namespace CaseLens.Storage.Tests.Sqlite;

/// <summary>
/// A killed process leaves its files as they were at that instant (the operating system keeps what
/// was written), so copying the files in the middle of an import shows what a crash would leave.
/// </summary>
public sealed class CrashTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    [Fact]
    public async Task A_sqlite_store_caught_mid_import_opens_as_it_was_before_the_import()
    {
        var path = databases.NewSqliteFile();
        Notification[] before = [.. Enumerable.Range(1, 10).Select(i => new NotificationBuilder().WithId($"OLD{i}").Build())];
        await using var store = await CaseStore.OpenAsync(path);
        await store.ImportAsync(before);

        // Rows big enough to overflow the import's page cache, so that SQLite has begun writing
        // the uncommitted pages out (to its write-ahead log, or to the file with a rollback journal).
        var copy = databases.NewSqliteFile();
        await using (var session = await store.BeginNotificationImportAsync(StoreImports.Options()))
        {
            var outline = new string('x', 20_000);
            for (var i = 0; i < 5_000; i++)
            {
                await session.AddAsync(new NotificationBuilder().WithId($"NEW{i}").With(n => n with { CaseOutline = outline }));
            }

            File.Copy(path, copy);
            foreach (var suffix in new[] { "-wal", "-journal" }.Where(s => File.Exists(path + s)))
            {
                File.Copy(path + suffix, copy + suffix);
            }
        }

        var written = new[] { "", "-wal", "-journal" }.Sum(s => File.Exists(copy + s) ? new FileInfo(copy + s).Length : 0);
        written.ShouldBeGreaterThan(10_000_000, "the import had not reached the disk, so this tests nothing");
        await using var crashed = await CaseStore.OpenAsync(copy);
        (await crashed.CheckIntegrityAsync()).ShouldBeEmpty();
        (await crashed.StreamNotificationsAsync().ToListAsync()).ShouldBe(before.OrderBy(n => n.CaseId, StringComparer.Ordinal));
        (await crashed.ListAuditEntriesAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_new_store_caught_mid_import_through_its_rollback_journal_reads_and_opens_as_it_was_before()
    {
        var path = databases.NewSqliteFile();
        Notification[] before = [.. Enumerable.Range(1, 10).Select(i => new NotificationBuilder().WithId($"OLD{i}").Build())];
        await using (var store = await CaseStore.OpenAsync(path))
        {
            await store.ImportAsync(before);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var copy = databases.NewSqliteFile();
        await using (var store = await CaseStore.OpenAsync(path))
        await using (var session = await store.BeginNotificationImportAsync(StoreImports.Options() with { IntoNewStore = true }))
        {
            var outline = new string('x', 20_000);
            for (var i = 0; i < 5_000; i++)
            {
                await session.AddAsync(new NotificationBuilder().WithId($"NEW{i}").With(n => n with { CaseOutline = outline }));
            }

            File.Exists(path + "-journal").ShouldBeTrue("the import should be writing through a rollback journal");
            File.Copy(path, copy);
            File.Copy(path + "-journal", copy + "-journal");
        }

        new FileInfo(copy).Length.ShouldBeGreaterThan(10_000_000, "the import had not reached the file, so this tests nothing");

        // Read first: reading must not take the half-written file for the store.
        var read = await StoreOpening.OpenAsync(StoreLocation.Parse(copy), StoreUse.Read);
        read.Succeeded.ShouldBeTrue(string.Join("; ", read.Problems.Select(p => p.Message)));
        await using (var reading = read.Value.Store)
        {
            (await reading.StreamNotificationsAsync().ToListAsync()).ShouldBe(before.OrderBy(n => n.CaseId, StringComparer.Ordinal));
        }

        await using var crashed = await CaseStore.OpenAsync(copy);
        (await crashed.CheckIntegrityAsync()).ShouldBeEmpty();
        (await crashed.StreamNotificationsAsync().ToListAsync()).ShouldBe(before.OrderBy(n => n.CaseId, StringComparer.Ordinal));
    }
}
