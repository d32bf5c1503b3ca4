using CaseLens.Domain.CaseSummaries;
using CaseLens.Storage.Auditing;
using CaseLens.Storage.Summaries;
using Microsoft.Extensions.Time.Testing;

namespace CaseLens.Storage.Tests.Summaries;

/// <summary>
/// An intensive case's summary lives and dies with its case: a replacement of the case by an import
/// keeps it (the same case), a delete of the case removes it in the same transaction and audits it,
/// so a later case given the same id starts with none.
/// </summary>
public sealed class SummaryFollowsItsCaseTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    private static CaseSummary Summary(string caseId) => new(
        caseId,
        new Dictionary<SummarySection, string> { [SummarySection.KeyFeatures] = "Agencies did not share what each knew." },
        [new ChronologyEntry(new DateOnly(2006, 3, 1), "Health visitor", "Missed appointment")],
        [new UsefulQuote("Nobody asked the child.", "Review panel")]);

    [Theory, OnSqlite, OnPostgres]
    public async Task Deleting_an_intensive_case_removes_its_summary_and_audits_what_it_held(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));
        await using var store = await databases.OpenEmptyAsync(provider, clock);
        await store.ImportAsync([FullRecords.IntensiveCase("A"), FullRecords.IntensiveCase("B")]);
        var summaries = new CaseSummaryRepository(store);
        await summaries.ReplaceAsync(Summary("A"), _ => true, "analyst");
        await summaries.ReplaceAsync(Summary("B"), _ => true, "analyst");

        (await store.DeleteIntensiveCaseAsync("A", "carol")).ShouldBeTrue();

        (await summaries.FindAsync("A")).Fields().ShouldBe(CaseSummary.Empty("A").Fields());
        (await summaries.FindAsync("B")).Fields().ShouldBe(Summary("B").Fields());
        var deletes = (await store.ListAuditEntriesAsync("A")).Where(e => e.Action == AuditAction.Delete).ToList();
        deletes.Select(d => (d.Entity, d.Actor)).ShouldBe([(AuditedEntity.IntensiveCase, "carol"), (AuditedEntity.CaseSummary, "carol")]);
        deletes[1].Before.ShouldBe(AuditJson.Fields(Summary("A").Fields()));
        deletes[1].After.ShouldBeNull();

        await store.ImportAsync([FullRecords.IntensiveCase("A")]);
        (await summaries.FindAsync("A")).Fields().ShouldBe(CaseSummary.Empty("A").Fields());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_case_replaced_by_an_import_keeps_its_summary_and_a_case_without_one_is_deleted_alone(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await store.ImportAsync([FullRecords.IntensiveCase("A"), FullRecords.IntensiveCase("B")]);
        var summaries = new CaseSummaryRepository(store);
        await summaries.ReplaceAsync(Summary("A"), _ => true, "analyst");

        await store.ImportAsync([FullRecords.IntensiveCase("A") with { AgeMonths = 7 }], update: true);
        (await store.DeleteIntensiveCaseAsync("B", "carol")).ShouldBeTrue();

        (await summaries.FindAsync("A")).Fields().ShouldBe(Summary("A").Fields());
        (await store.ListAuditEntriesAsync("B")).Where(e => e.Action == AuditAction.Delete).Select(e => e.Entity).ShouldBe([AuditedEntity.IntensiveCase]);
    }
}
