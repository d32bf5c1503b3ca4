using System.Text.Json;
using CaseLens.Domain.Notifications;
using CaseLens.Storage.Auditing;
using CaseLens.Storage.Importing;
using Microsoft.Extensions.Time.Testing;

namespace CaseLens.Storage.Tests.Auditing;

public sealed class AuditTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);

    [Theory, OnSqlite, OnPostgres]
    public async Task An_import_is_audited_once_with_who_when_the_file_hash_and_the_counts(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(Start);
        await using var store = await databases.OpenEmptyAsync(provider, clock);

        await using (var session = await store.BeginNotificationImportAsync(new ImportOptions(false, "alice", "notifications.csv")))
        {
            await session.AddAsync(new NotificationBuilder().WithId("N1"));
            await session.AddAsync(new NotificationBuilder().WithId("N2"));
            await session.CompleteAsync("0f1e2d");
        }

        var entry = (await store.ListAuditEntriesAsync()).ShouldHaveSingleItem();
        entry.Action.ShouldBe(AuditAction.Import);
        entry.Entity.ShouldBe(AuditedEntity.Notification);
        entry.Actor.ShouldBe("alice");
        entry.At.ShouldBe(Start);
        entry.CaseId.ShouldBeNull();
        using var details = JsonDocument.Parse(entry.Details!);
        details.RootElement.GetProperty("source").GetString().ShouldBe("notifications.csv");
        details.RootElement.GetProperty("sha256").GetString().ShouldBe("0f1e2d");
        details.RootElement.GetProperty("rows").GetInt32().ShouldBe(2);
        details.RootElement.GetProperty("inserted").GetInt32().ShouldBe(2);
        details.RootElement.GetProperty("updated").GetInt32().ShouldBe(0);
        details.RootElement.GetProperty("unchanged").GetInt32().ShouldBe(0);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_update_is_audited_with_the_record_before_and_after(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(Start);
        await using var store = await databases.OpenEmptyAsync(provider, clock);
        await store.ImportAsync([FullRecords.Notification("A"), FullRecords.SparseNotification("B")], actor: "alice");
        clock.Advance(TimeSpan.FromHours(2));
        var replacement = FullRecords.Notification("A") with { Region = Region.London, AgeMonths = null, CaseOutline = "new" };

        await store.ImportAsync([replacement], update: true, actor: "bob");

        var entries = await store.ListAuditEntriesAsync();
        entries.Select(e => e.Action).ShouldBe([AuditAction.Import, AuditAction.Update, AuditAction.Import]);
        var update = entries[1];
        update.Actor.ShouldBe("bob");
        update.At.ShouldBe(Start.AddHours(2));
        update.CaseId.ShouldBe("A");
        using var before = JsonDocument.Parse(update.Before!);
        using var after = JsonDocument.Parse(update.After!);
        before.RootElement.GetProperty("region").GetString().ShouldBe("yorkshire_humber");
        after.RootElement.GetProperty("region").GetString().ShouldBe("london");
        before.RootElement.GetProperty("age_months").GetInt32().ShouldBe(215);
        after.RootElement.GetProperty("age_months").ValueKind.ShouldBe(JsonValueKind.Null);
        before.RootElement.GetProperty("case_outline").GetString().ShouldBe(FullRecords.Outline);
        before.RootElement.GetProperty("cp_categories").GetString().ShouldBe("physical;neglect");
        before.RootElement.GetProperty("incident_date").GetString().ShouldBe("2005-06-15");
        after.RootElement.GetProperty("head_injury").GetBoolean().ShouldBeTrue();
        (await store.ListAuditEntriesAsync("A")).ShouldBe([update]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Many_updates_in_one_import_are_each_audited(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        var ids = Enumerable.Range(0, 1200).Select(i => $"N{i:D4}").ToList();
        await store.ImportAsync(ids.Select(id => new NotificationBuilder().WithId(id).Aged(1).Build()));

        var outcome = await store.ImportAsync(ids.Select(id => new NotificationBuilder().WithId(id).Aged(2).Build()), update: true);

        outcome.Updated.ShouldBe(1200);
        var updates = (await store.ListAuditEntriesAsync()).Where(e => e.Action == AuditAction.Update).ToList();
        updates.Select(e => e.CaseId).Order(StringComparer.Ordinal).ShouldBe(ids);
        (await store.StreamNotificationsAsync().ToListAsync()).ShouldAllBe(n => n.AgeMonths == 2);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_update_that_holds_stored_records_again_unchanged_audits_only_the_ones_that_changed(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        IReadOnlyList<Notification> stored = [FullRecords.Notification("A"), FullRecords.SparseNotification("B"), FullRecords.Notification("C")];
        await store.ImportAsync(stored);
        var changedC = stored[2] with { CaseOutline = "revised" };

        var outcome = await store.ImportAsync([stored[0], stored[1], changedC, FullRecords.Notification("D")], update: true, actor: "bob");

        outcome.Inserted.ShouldBe(1);
        outcome.Updated.ShouldBe(1);
        outcome.Unchanged.ShouldBe(2);
        var entries = await store.ListAuditEntriesAsync();
        entries.Where(e => e.Action == AuditAction.Update).Select(e => e.CaseId).ShouldBe(["C"]);
        using var details = JsonDocument.Parse(entries[^1].Details!);
        details.RootElement.GetProperty("updated").GetInt32().ShouldBe(1);
        details.RootElement.GetProperty("unchanged").GetInt32().ShouldBe(2);
        (await store.StreamNotificationsAsync().ToListAsync()).ShouldBe([stored[0], stored[1], changedC, FullRecords.Notification("D")]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_delete_removes_the_record_and_is_audited_with_the_record_before(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(Start);
        await using var store = await databases.OpenEmptyAsync(provider, clock);
        await store.ImportAsync([FullRecords.Notification("A"), FullRecords.SparseNotification("B")]);
        await store.ImportAsync([FullRecords.IntensiveCase("A")]);

        (await store.DeleteNotificationAsync("A", "carol")).ShouldBeTrue();
        (await store.DeleteNotificationAsync("missing", "carol")).ShouldBeFalse();
        (await store.DeleteIntensiveCaseAsync("A", "carol")).ShouldBeTrue();

        (await store.StreamNotificationsAsync().ToListAsync()).Select(n => n.CaseId).ShouldBe(["B"]);
        (await store.CountIntensiveCasesAsync()).ShouldBe(0);
        var deletes = (await store.ListAuditEntriesAsync("A")).ToList();
        deletes.Select(d => (d.Action, d.Entity, d.Actor)).ShouldBe(
            [(AuditAction.Delete, AuditedEntity.Notification, "carol"), (AuditAction.Delete, AuditedEntity.IntensiveCase, "carol")]);
        deletes.ShouldAllBe(d => d.After == null && d.Before != null);
        using var before = JsonDocument.Parse(deletes[0].Before!);
        before.RootElement.GetProperty("board").GetString().ShouldBe(FullRecords.Notification("A").Board);
    }
}
