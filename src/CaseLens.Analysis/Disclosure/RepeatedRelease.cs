using System.Diagnostics;
using CaseLens.Analysis.Reports;

namespace CaseLens.Analysis.Disclosure;

/// <summary>
/// A report asked for again as an earlier release published it (the same cases by their data set
/// hash, the same filters, the same policy): it is published with that release's pattern, the same
/// numbers shown and the same hidden, and with the same tables withheld. Chosen afresh, the secondary
/// cells could differ (the solver stops at a time limit, and ties have no fixed winner), and two
/// patterns of one table read together can reveal what each hides: the second copy would be refused,
/// or hide more. Publishing the same numbers again tells a reader nothing new.
/// </summary>
internal static class RepeatedRelease
{
    /// <summary>The report published as the latest matching release of <paramref name="earlier"/> did; null when none matches exactly.</summary>
    public static DisclosedReport? Of(Report report, AtomSpace atoms, DisclosurePolicy policy, IReadOnlyList<Release> earlier)
    {
        for (var i = earlier.Count - 1; i >= 0; i--)
        {
            var release = earlier[i];
            if (release.DataSetHash == report.Provenance.DataSetHash
                && release.Policy == policy.Text
                && release.ProtectionRange == policy.ProtectionRange
                && SameFilters(release.Filters, report.Provenance.Filters)
                && As(report, atoms, policy, release) is { } repeated)
            {
                return repeated;
            }
        }

        return null;
    }

    private static DisclosedReport? As(Report report, AtomSpace atoms, DisclosurePolicy policy, Release release)
    {
        var clock = Stopwatch.StartNew();
        var released = release.Items.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var tables = released.Keys.Select(ReleaseAudit.TableOf).ToHashSet(StringComparer.Ordinal);
        var withheld = report.Tables.Select(t => t.Id).Where(id => !tables.Contains(id)).ToList();
        var kept = withheld.Count == 0 ? report : report with { Tables = [.. report.Tables.Where(t => tables.Contains(t.Id))] };
        var model = DisclosureModel.Of(kept, withheld.Count == 0 ? atoms : atoms.Without(withheld), policy);
        if (model.Items.Count != released.Count || !model.AtomKeys.SequenceEqual(release.AtomKeys, StringComparer.Ordinal))
        {
            return null;
        }

        var secondary = release.Items.Where(r => r.State == ItemState.Secondary).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var uniform = release.Items.Where(r => r.UniformMark).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var hidden = model.Hiding(
            model.Items.Where(m => secondary.Contains(m.Id.ToString())).Select(m => m.Id).ToHashSet(),
            model.Items.Where(m => uniform.Contains(m.Id.ToString())).Select(m => m.Id).ToHashSet());
        foreach (var item in hidden.Items)
        {
            if (!released.TryGetValue(item.Id.ToString(), out var before) || !Same(item, before, policy))
            {
                return null;
            }
        }

        var selection = clock.Elapsed;
        clock.Restart();
        var audit = ReleaseAudit.Audit([], hidden);
        var published = ReportDisclosure.Masked(kept, hidden, audit, selection, clock.Elapsed);
        return withheld.Count == 0 ? published : ReleaseAudit.Withheld(published, withheld);
    }

    /// <summary>Whether the number is published now exactly as the release published it: the same atoms, state, value shown and percent.</summary>
    private static bool Same(DisclosureItem item, ReleasedItem before, DisclosurePolicy policy) =>
        item.State == before.State
        && item.UniformMark == before.UniformMark
        && item.Atoms.SequenceEqual(before.Atoms)
        && item.PercentBase.SequenceEqual(before.PercentBase)
        && (item.State == ItemState.Shown ? policy.Shown(item.Value) : null) == before.Shown
        && (item.State == ItemState.Shown ? item.Percent : null) == before.Percent;

    private static bool SameFilters(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var value) && value == pair.Value);
}
