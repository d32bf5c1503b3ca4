using System.Text.Json;
using CaseLens.Analysis.Disclosure;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Tests.Disclosure;

public sealed partial class ReleaseAuditTests
{
    private static readonly DateTimeOffset PublishedAt = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Lazy<Release> WholePeriod = new(() => Release.Of("whole-2005-07", SeedData.Protected, PublishedAt));
    private static readonly Lazy<SeedReport> FirstYear = new(() => SeedData.For(new NotificationFilter { StudyYear = new StudyYear(2005) }));

    [Fact]
    public void One_study_year_after_the_whole_period_is_refused_naming_the_release_and_the_cell()
    {
        var decision = ReleaseAudit.Publish(FirstYear.Value.Report, FirstYear.Value.Atoms, DisclosurePolicy.K(6), [WholePeriod.Value], protect: false);

        decision.Refused.ShouldBeTrue();
        decision.Conflicts.ShouldNotBeEmpty();
        decision.Conflicts.ShouldAllBe(c => c.Release == "whole-2005-07" || c.ReadWith.Contains("whole-2005-07"));
        decision.Conflicts.Select(c => c.ToString()).ShouldContain(text => text.Contains("whole-2005-07", StringComparison.Ordinal));
    }

    [Fact]
    public void Protected_against_the_whole_period_the_study_year_is_published_and_the_union_passes_the_audit()
    {
        var decision = ReleaseAudit.Publish(FirstYear.Value.Report, FirstYear.Value.Atoms, DisclosurePolicy.K(6), [WholePeriod.Value], protect: true);

        decision.Refused.ShouldBeFalse(string.Join("; ", decision.Conflicts));
        var second = Release.Of("year-2005-06", decision.Published!, PublishedAt);
        var union = ReleaseAudit.Audit([WholePeriod.Value, second]);
        union.ShouldNotBeEmpty();
        union.Where(i => i.Pinned).ShouldBeEmpty();

        // Nothing is narrowed by reading the two together that was not narrowed in one of them alone.
        var alone = ReleaseAudit.Audit([WholePeriod.Value]).Concat(ReleaseAudit.Audit([second])).Where(i => !i.Protected).Select(i => i.Item).ToHashSet();
        union.Where(i => !i.Protected && !alone.Contains(i.Item)).ShouldBeEmpty();
        union.Where(i => NotificationTable().IsMatch(i.Item) && !i.Protected).ShouldBeEmpty();

        var single = ReportDisclosure.Protect(FirstYear.Value.Report, FirstYear.Value.Atoms, DisclosurePolicy.K(6));
        decision.Published!.Summary.Secondary.ShouldBeGreaterThan(single.Summary.Secondary);
    }

    [Fact]
    public void The_same_report_asked_for_again_is_published_with_the_earlier_releases_pattern()
    {
        // The earlier release hid one number more than protection chooses now: a pattern of its own.
        var fresh = SeedData.Protected.Model;
        var extra = fresh.Items.First(i => i.CanProtect && i.Id.Table == "T2").Id;
        var hidden = fresh.Hiding(new HashSet<ItemId> { extra });
        var earlier = Release.Of("1", ReportDisclosure.Masked(SeedData.Report.Report, hidden, ReleaseAudit.Audit([], hidden), TimeSpan.Zero, TimeSpan.Zero), PublishedAt);

        var decision = ReleaseAudit.Publish(SeedData.Report.Report, SeedData.Report.Atoms, DisclosurePolicy.K(6), [earlier], protect: false);

        decision.Refused.ShouldBeFalse(string.Join("; ", decision.Conflicts));
        Published(Release.Of("2", decision.Published!, PublishedAt)).ShouldBe(Published(earlier));
        decision.Published!.Report.Find("T2")!.ShouldNotBe(SeedData.Protected.Report.Find("T2"));
    }

    [Fact]
    public void A_study_year_published_protected_can_be_published_again_as_it_was()
    {
        var protectedYear = ReleaseAudit.Publish(FirstYear.Value.Report, FirstYear.Value.Atoms, DisclosurePolicy.K(6), [WholePeriod.Value], protect: true);
        var second = Release.Of("2", protectedYear.Published!, PublishedAt);

        var again = ReleaseAudit.Publish(FirstYear.Value.Report, FirstYear.Value.Atoms, DisclosurePolicy.K(6), [WholePeriod.Value, second], protect: false);

        again.Refused.ShouldBeFalse(string.Join("; ", again.Conflicts));
        Published(Release.Of("3", again.Published!, PublishedAt)).ShouldBe(Published(second));
        again.Published!.Report.Provenance.Options.GetValueOrDefault(ReleaseAudit.WithheldTablesOption)
            .ShouldBe(protectedYear.Published!.Report.Provenance.Options.GetValueOrDefault(ReleaseAudit.WithheldTablesOption));
    }

    [Fact]
    public void A_release_reads_back_from_json_and_audits_the_same()
    {
        var json = JsonSerializer.Serialize(WholePeriod.Value);
        var back = JsonSerializer.Deserialize<Release>(json)!;

        back.Items.Count.ShouldBe(WholePeriod.Value.Items.Count);
        back.ReadPolicy().ShouldBe(DisclosurePolicy.K(6));
        json.ShouldNotContain("Board", Case.Sensitive);
        ReleaseAudit.Audit([back]).Select(i => (i.Item, i.WholeMin, i.WholeMax))
            .ShouldBe(ReleaseAudit.Audit([WholePeriod.Value]).Select(i => (i.Item, i.WholeMin, i.WholeMax)));
    }

    [Fact]
    public void A_hidden_value_is_never_kept_in_a_release()
    {
        WholePeriod.Value.Items.Where(i => i.State != ItemState.Shown).ShouldAllBe(i => i.Shown == null && i.Percent == null);
    }

    /// <summary>What a release made public, number by number, comparable by value.</summary>
    private static List<string> Published(Release release) =>
        [.. release.Items.Select(i => $"{i.Id} {i.State} {i.Shown} {i.Percent} {i.UniformMark} [{string.Join(',', i.Atoms)}] [{string.Join(',', i.PercentBase)}]")];

    [System.Text.RegularExpressions.GeneratedRegex(@"^T\d")]
    private static partial System.Text.RegularExpressions.Regex NotificationTable();
}
