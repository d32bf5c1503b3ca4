using System.Text.Json;
using CaseLens.Domain.Problems;
using CaseLens.Storage.Auditing;
using CaseLens.Storage.Releases;
using Microsoft.Extensions.Time.Testing;

namespace CaseLens.Storage.Tests.Releases;

public sealed class ReleaseLedgerTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    [Theory, OnSqlite, OnPostgres]
    public async Task A_release_is_numbered_stamped_kept_as_written_and_audited_in_its_transaction(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(Start);
        await using var store = await databases.OpenEmptyAsync(provider, clock);
        var ledger = new ReleaseLedger(store);

        var first = await ledger.RecordAsync(Entry("alice", """{"study_year":"2005-06"}"""), checkedUpTo: 0);
        clock.Advance(TimeSpan.FromHours(1));
        var second = await ledger.RecordAsync(Entry("bob", "{}"), checkedUpTo: first.Value.Id);

        second.Succeeded.ShouldBeTrue();
        var listed = await ledger.ListAsync();
        listed.Select(r => (r.Id, r.Actor, r.PublishedAt)).ShouldBe([(1L, "alice", Start), (2L, "bob", Start.AddHours(1))]);
        listed[0].Filters.ShouldBe("""{"study_year":"2005-06"}""");
        listed[0].Content.ShouldBe(Entry("x", "{}").Content);
        listed[0].Policy.ShouldBe("k=6");
        listed[0].CellsPublished.ShouldBe(412);

        var entries = await store.ListAuditEntriesAsync();
        entries.ShouldAllBe(e => e.Action == AuditAction.Publish && e.Entity == AuditedEntity.Release && e.CaseId == null);
        entries.Select(e => (e.Actor, e.At)).ShouldBe([("alice", Start), ("bob", Start.AddHours(1))]);
        using var details = JsonDocument.Parse(entries[0].Details!);
        details.RootElement.GetProperty("release").GetInt64().ShouldBe(1);
        details.RootElement.GetProperty("policy").GetString().ShouldBe("k=6");
        details.RootElement.GetProperty("cells_published").GetInt32().ShouldBe(412);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_release_checked_before_another_was_recorded_is_refused_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider, new FakeTimeProvider(Start));
        var ledger = new ReleaseLedger(store);
        await ledger.RecordAsync(Entry("alice", "{}"), checkedUpTo: 0);

        var late = await ledger.RecordAsync(Entry("bob", "{}"), checkedUpTo: 0);

        late.Kind.ShouldBe(ProblemKind.Conflict);
        late.Problems.ShouldHaveSingleItem().Code.ShouldBe(ReleaseLedger.ChangedCode);
        (await ledger.ListAsync()).ShouldHaveSingleItem().Actor.ShouldBe("alice");
        (await store.ListAuditEntriesAsync()).ShouldHaveSingleItem();
    }

    private static ReleaseEntry Entry(string actor, string filters) => new()
    {
        Actor = actor,
        DataSetHash = "sha256:ab12",
        Filters = filters,
        Policy = "k=6",
        CellsPublished = 412,
        Content = """{"AtomKeys":["pop=notification"],"Items":[]}""",
    };
}
