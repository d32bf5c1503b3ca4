using System.Text;
using System.Text.Json;
using CaseLens.Domain.Problems;
using CaseLens.Storage.Auditing;
using Microsoft.Extensions.Time.Testing;

namespace CaseLens.Storage.Tests.Auditing;

/// <summary>
/// An administrator's prune of the audit trail: entries before a cut-off keep who changed which
/// record, how and when, and lose the record before and after; the prune is audited itself.
/// </summary>
public sealed class AuditPruneTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    private const string OldOutline = "OLD-OUTLINE-3b9f: the child was seen by the health visitor";
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory, OnSqlite, OnPostgres]
    public async Task Entries_before_the_cut_off_keep_who_what_and_when_and_lose_their_values(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(Start);
        await using var store = await databases.OpenEmptyAsync(provider, clock);
        await HistoryAsync(store, clock);
        clock.Advance(TimeSpan.FromDays(1));
        var before = await store.ListAuditEntriesAsync();

        var outcome = await new AuditTrail(store).PruneAsync(Start.AddDays(1).AddHours(12), "admin");

        outcome.Value.ShouldBe(new AuditPruneOutcome(Start.AddDays(1).AddHours(12), 2));
        var after = await store.ListAuditEntriesAsync();
        after.Take(before.Count).ShouldBe(before.Select(e => e.At < Start.AddDays(1).AddHours(12) ? e with { Before = null, After = null } : e));
        after.Where(e => e.Action == AuditAction.Update).Select(e => e.Before is null).ShouldBe([true, false], "the update on day 3 is after the cut-off");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_prune_is_audited_with_who_when_the_cut_off_and_how_many(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(Start);
        await using var store = await databases.OpenEmptyAsync(provider, clock);
        await HistoryAsync(store, clock);
        clock.Advance(TimeSpan.FromDays(30));

        await new AuditTrail(store).PruneAsync(new DateOnly(2026, 3, 3), "admin");
        await new AuditTrail(store).PruneAsync(new DateOnly(2026, 3, 3), "admin");

        var prunes = (await store.ListAuditEntriesAsync()).Where(e => e.Action == AuditAction.Prune).ToList();
        prunes.Select(p => (p.Actor, p.Entity, p.At, p.CaseId, p.Before, p.After)).ShouldBe(
            [("admin", AuditedEntity.AuditTrail, clock.GetUtcNow(), (string?)null, (string?)null, (string?)null), ("admin", AuditedEntity.AuditTrail, clock.GetUtcNow(), null, null, null)]);
        prunes.Select(p => Details(p.Details!)).ShouldBe([("2026-03-03T00:00:00Z", 2), ("2026-03-03T00:00:00Z", 0)]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_cut_off_later_than_now_is_refused_and_changes_nothing(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(Start);
        await using var store = await databases.OpenEmptyAsync(provider, clock);
        await HistoryAsync(store, clock);
        var before = await store.ListAuditEntriesAsync();

        var outcome = await new AuditTrail(store).PruneAsync(clock.GetUtcNow().AddSeconds(1), "admin");

        outcome.Kind.ShouldBe(ProblemKind.Invalid);
        outcome.Problems.ShouldHaveSingleItem().Code.ShouldBe("audit.prune.future");
        (await store.ListAuditEntriesAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task After_a_prune_a_dropped_value_is_nowhere_in_the_sqlite_files()
    {
        var clock = new FakeTimeProvider(Start);
        await using var store = await databases.OpenEmptyAsync(DatabaseProvider.Sqlite, clock);
        await HistoryAsync(store, clock);
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(store.Location.ConnectionString).DataSource;
        FilesHold(file, OldOutline).ShouldBeTrue("the old outline should be in the store before the prune");

        await new AuditTrail(store).PruneAsync(clock.GetUtcNow(), "admin");

        FilesHold(file, OldOutline).ShouldBeFalse();
        (await store.CheckIntegrityAsync()).ShouldBeEmpty();
    }

    /// <summary>
    /// Day 1: an import of A (old outline) and B; day 2: A replaced (its old outline now only in the
    /// audit) and B deleted; day 3: A replaced again.
    /// </summary>
    private static async Task HistoryAsync(CaseStore store, FakeTimeProvider clock)
    {
        await store.ImportAsync([FullRecords.Notification("A") with { CaseOutline = OldOutline }, FullRecords.Notification("B")], actor: "alice");
        clock.Advance(TimeSpan.FromDays(1));
        await store.ImportAsync([FullRecords.Notification("A") with { CaseOutline = "second" }], update: true, actor: "bob");
        await store.DeleteNotificationAsync("B", "bob");
        clock.Advance(TimeSpan.FromDays(1));
        await store.ImportAsync([FullRecords.Notification("A") with { CaseOutline = "third" }], update: true, actor: "carol");
    }

    private static (string? Before, int Entries) Details(string json)
    {
        using var document = JsonDocument.Parse(json);
        return (document.RootElement.GetProperty("before").GetString(), document.RootElement.GetProperty("entries").GetInt32());
    }

    /// <summary>Whether the store's file or its write-ahead log holds <paramref name="text"/> in UTF-8.</summary>
    private static bool FilesHold(string file, string text)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var bytes = Encoding.UTF8.GetBytes(text);
        return new[] { file, file + "-wal" }.Where(File.Exists).Any(f => File.ReadAllBytes(f).AsSpan().IndexOf(bytes) >= 0);
    }
}
