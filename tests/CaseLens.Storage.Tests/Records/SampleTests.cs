using System.Security.Cryptography;
using CaseLens.Interchange;
using CaseLens.Storage.Importing;

namespace CaseLens.Storage.Tests.Records;

public sealed class SampleTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    [Theory, OnSqlite, OnPostgres]
    public async Task The_shipped_sample_imports_whole_and_reads_back_identical(DatabaseProvider provider)
    {
        var notifications = Read(SampleData.Notifications, stream => NotificationCsv.ReadAll(stream, TimeProvider.System)).Records;
        var intensive = Read(SampleData.Intensive, IntensiveCsv.ReadAll).Records;
        await using var store = await databases.OpenEmptyAsync(provider);

        await using (var session = await store.BeginNotificationImportAsync(Options(SampleData.Notifications)))
        {
            foreach (var notification in notifications)
            {
                await session.AddAsync(notification);
            }

            (await session.CompleteAsync(Sha256(SampleData.Notifications))).Inserted.ShouldBe(477);
        }

        (await store.ImportAsync(intensive)).Inserted.ShouldBe(40);

        (await store.CountNotificationsAsync()).ShouldBe(477);
        (await store.CountIntensiveCasesAsync()).ShouldBe(40);
        (await store.StreamNotificationsAsync().ToListAsync()).ShouldBe(notifications.OrderBy(n => n.CaseId, StringComparer.Ordinal));
        (await store.StreamIntensiveCasesAsync().ToListAsync()).ShouldBe(intensive.OrderBy(c => c.CaseId, StringComparer.Ordinal));
        (await store.ListAuditEntriesAsync())[0].Details!.ShouldContain(Sha256(SampleData.Notifications));
    }

    private static ImportResult<T> Read<T>(string path, Func<Stream, ImportResult<T>> read)
        where T : class
    {
        using var stream = File.OpenRead(path);
        var result = read(stream);
        result.Problems.ShouldBeEmpty();
        return result;
    }

    private static ImportOptions Options(string path) => new(false, "tester", Path.GetFileName(path));

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
