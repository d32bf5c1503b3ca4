using CaseLens.Analysis.Disclosure;
using CaseLens.Application.Releases;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;
using CaseLens.Storage;
using CaseLens.TestKit.Databases;
using Microsoft.Extensions.Time.Testing;

namespace CaseLens.Application.Tests.Releases;

/// <summary>
/// Across releases (issue 9, "What it must show" 2): the whole period is published from a store, then
/// one study year from the same store. Alone the year is refused, naming the release and a cell;
/// protected against the ledger it is published (or, where no amount of hiding suffices, refused), and
/// whatever the ledger then holds passes the audit read together: nothing pinned, nothing narrowed
/// below the protection range that was not so in its own release.
/// </summary>
public sealed class PublishReportTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly NotificationFilter FirstYear = new() { StudyYear = new StudyYear(2005) };

    [Theory, OnSqlite, OnPostgres]
    public async Task One_study_year_after_the_whole_period_is_refused_then_protected_and_the_union_passes_the_audit(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(Start);
        await using var store = await databases.OpenEmptyAsync(provider, clock);
        await SampleStore.SeedAsync(store, clock);
        var publish = new PublishReport(clock);

        var whole = await SampleStore.ReportAsync(store, NotificationFilter.None, clock);
        var first = await publish.RunAsync(store, new PublishRequest(whole.Report, whole.Atoms, DisclosurePolicy.K(6), Protect: false, "alice"));
        first.Succeeded.ShouldBeTrue(string.Join("; ", first.Problems));
        first.Value.ReleaseId.ShouldBe("1");

        clock.Advance(TimeSpan.FromDays(1));
        var year = await SampleStore.ReportAsync(store, FirstYear, clock);
        var refused = await publish.RunAsync(store, new PublishRequest(year.Report, year.Atoms, DisclosurePolicy.K(6), Protect: false, "bob"));

        refused.Kind.ShouldBe(ProblemKind.Conflict);
        refused.Problems.ShouldAllBe(p => p.Code == PublishReport.RefusedCode);
        refused.Problems[0].Message.ShouldStartWith("refused: release 1's ");
        refused.Problems[0].Message.ShouldContain("could be worked out with this report");
        (await ListReleases.RunAsync(store)).ShouldHaveSingleItem();

        var protectedYear = await publish.RunAsync(store, new PublishRequest(year.Report, year.Atoms, DisclosurePolicy.K(6), Protect: true, "bob"));

        var listed = await ListReleases.RunAsync(store);
        protectedYear.Succeeded.ShouldBeTrue(string.Join("; ", protectedYear.Problems));
        protectedYear.Value.ReleaseId.ShouldBe("2");
        listed.Select(r => (r.Id, r.Actor, r.PublishedAt, r.Policy)).ShouldBe([("1", "alice", Start, "k=6"), ("2", "bob", Start.AddDays(1), "k=6")]);
        listed[1].Filters.ShouldBe(new Dictionary<string, string> { ["study_year"] = "2005-06" });

        // The ledger as a later report reads it: the two releases together reveal nothing either did not alone.
        var releases = (await new Storage.Releases.ReleaseLedger(store).ListAsync()).Select(LedgerRecords.Release).ToList();
        var union = ReleaseAudit.Audit(releases);
        union.ShouldNotBeEmpty();
        union.Where(i => i.Pinned).ShouldBeEmpty();
        var alone = releases.SelectMany(r => ReleaseAudit.Audit([r])).Where(i => !i.Protected).Select(i => i.Item).ToHashSet();
        union.Where(i => !i.Protected && !alone.Contains(i.Item)).ShouldBeEmpty();
    }
}
