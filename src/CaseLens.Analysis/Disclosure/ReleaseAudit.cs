using CaseLens.Analysis.Reports;

namespace CaseLens.Analysis.Disclosure;

/// <summary>
/// Disclosure control across releases: a new report is audited together with every earlier release of
/// the same or an overlapping data set (the caller chooses them from the ledger), over the union of their
/// equations, so that differencing two reports (the whole period minus one study year) reveals nothing.
/// Either the report is refused, naming each earlier release and cell a difference would reveal, or
/// (protect) more of the new report is hidden until the union passes the audit; an earlier release is
/// never changed.
/// </summary>
public static class ReleaseAudit
{
    /// <summary>
    /// Protects <paramref name="report"/> (unsuppressed, its cases in <paramref name="atoms"/>) under
    /// <paramref name="policy"/> and checks it against <paramref name="earlier"/>: refused on a conflict,
    /// or with <paramref name="protect"/> protected against them too.
    /// </summary>
    public static ReleaseDecision Publish(Report report, AtomSpace atoms, DisclosurePolicy policy, IReadOnlyList<Release> earlier, bool protect)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        var model = DisclosureModel.Of(report, atoms, policy);
        if (protect)
        {
            var system = new LinkedSystem();
            earlier.ToList().ForEach(system.Add);
            var (published, unprotected) = ReportDisclosure.Finish(report, model, system, system.Add(model));
            if (unprotected.Count > 0)
            {
                return new ReleaseDecision(null, Conflicts(unprotected, earlier));
            }

            // Protection hides what it can, but where the marks say too much it may leave a number
            // narrowed (not pinned); published, the report must still pass the same test as unprotected.
            var narrowed = Narrowed(published, Audit([], published.Model), earlier);
            return narrowed.Count == 0 ? new ReleaseDecision(published, []) : new ReleaseDecision(null, Conflicts(narrowed, earlier));
        }

        var alone = ReportDisclosure.Protect(report, atoms, policy);
        var union = Narrowed(alone, alone.Audit, earlier);
        return union.Count == 0 ? new ReleaseDecision(alone, []) : new ReleaseDecision(null, Conflicts(union, earlier));
    }

    /// <summary>
    /// What <paramref name="published"/> (audited alone as <paramref name="alone"/>) and the earlier
    /// releases reveal together beyond what each gave away alone: a value pinned down, or narrowed below
    /// the range when it was not before.
    /// </summary>
    private static List<AuditInterval> Narrowed(DisclosedReport published, IEnumerable<AuditInterval> alone, IReadOnlyList<Release> earlier)
    {
        var before = Audit(earlier).Concat(alone).Where(a => !a.Protected).Select(a => a.Item).ToHashSet(StringComparer.Ordinal);
        return [.. Audit(earlier, published.Model).Where(a => a.Pinned || (!a.Protected && !before.Contains(a.Item)))];
    }

    /// <summary>Audits releases together: every hidden small number of each, given what all of them publish.</summary>
    public static IReadOnlyList<AuditInterval> Audit(IReadOnlyList<Release> releases, DisclosureModel? next = null)
    {
        ArgumentNullException.ThrowIfNull(releases);
        var system = new LinkedSystem();
        foreach (var release in releases)
        {
            system.Add(release);
        }

        if (next is not null)
        {
            system.Add(next);
        }

        system.Compact();
        return [.. system.Split().SelectMany(SystemAudit.Of)];
    }

    private static List<ReleaseConflict> Conflicts(IEnumerable<AuditInterval> intervals, IReadOnlyList<Release> earlier)
    {
        var ids = earlier.Select(r => r.Id).ToList();
        return [.. intervals.Select(i => earlier.FirstOrDefault(r => i.Item.EndsWith($"(release {r.Id})", StringComparison.Ordinal)) is { } owner
            ? new ReleaseConflict(owner.Id, [], i)
            : new ReleaseConflict(string.Empty, ids, i))];
    }
}
