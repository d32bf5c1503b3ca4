using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Storage;
using CaseLens.Storage.Importing;

namespace CaseLens.TestKit.Databases;

/// <summary>Short ways to run a whole import in a test.</summary>
public static class StoreImports
{
    public static ImportOptions Options(bool update = false, string actor = "tester") =>
        new(update, actor, "test.csv");

    public static async Task<ImportOutcome> ImportAsync(this CaseStore store, IEnumerable<Notification> records, bool update = false, string actor = "tester")
    {
        await using var session = await store.BeginNotificationImportAsync(Options(update, actor));
        foreach (var record in records)
        {
            await session.AddAsync(record);
        }

        return await session.CompleteAsync("ab12");
    }

    public static async Task<ImportOutcome> ImportAsync(this CaseStore store, IEnumerable<IntensiveCase> records, bool update = false, string actor = "tester")
    {
        await using var session = await store.BeginIntensiveImportAsync(Options(update, actor));
        foreach (var record in records)
        {
            await session.AddAsync(record);
        }

        return await session.CompleteAsync("ab12");
    }
}
