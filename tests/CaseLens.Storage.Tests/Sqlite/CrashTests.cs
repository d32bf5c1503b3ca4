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
}
