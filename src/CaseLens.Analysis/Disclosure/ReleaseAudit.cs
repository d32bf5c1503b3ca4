using CaseLens.Analysis.Reports;

namespace CaseLens.Analysis.Disclosure;

/// <summary>
/// Disclosure control across releases: a new report is audited together with every earlier release of
/// the same or an overlapping data set (the caller chooses them from the ledger), over the union of their
/// equations, so that differencing two reports (the whole period minus one study year) reveals nothing.
/// Either the report is refused, naming each earlier release and cell a difference would reveal, or
/// (protect) more of the new report is hidden until the union passes the audit; an earlier release is
/// never changed. A report asked for again exactly as a release published it is published as it was
/// (<see cref="RepeatedRelease"/>).
/// </summary>
public static class ReleaseAudit
{
    /// <summary>The provenance option naming the tables withheld whole because, read with earlier releases, they would reveal a hidden number.</summary>
    public const string WithheldTablesOption = "withheld_tables";

    /// <summary>
    /// Protects <paramref name="report"/> (unsuppressed, its cases in <paramref name="atoms"/>) under
    /// <paramref name="policy"/> and checks it against <paramref name="earlier"/>: refused on a conflict,
    /// or with <paramref name="protect"/> protected against them too.
    /// </summary>
    public static ReleaseDecision Publish(Report report, AtomSpace atoms, DisclosurePolicy policy, IReadOnlyList<Release> earlier, bool protect)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        if (RepeatedRelease.Of(report, atoms, policy, earlier) is { } repeated && Narrowed(repeated, repeated.Audit, earlier).Count == 0)
        {
            return new ReleaseDecision(repeated, []);
        }

        if (protect)
        {
            return ProtectAgainst(report, atoms, policy, earlier);
        }

        var alone = ReportDisclosure.Protect(report, atoms, policy);
        var union = Narrowed(alone, alone.Audit, earlier);
        return union.Count == 0 ? new ReleaseDecision(alone, []) : new ReleaseDecision(null, Conflicts(union, earlier));
    }

    /// <summary>
    /// Protection against earlier releases: more cells hidden, chosen over the union; and where the
    /// marks still say too much (a <c>&lt;6</c> is itself a bound), the tables the leak runs through
    /// are withheld whole, one round at a time, until the union passes. Withholding always ends: a
    /// report with no table left adds nothing to what was published. The withheld tables are named
    /// in the provenance.
    /// </summary>
    private static ReleaseDecision ProtectAgainst(Report report, AtomSpace atoms, DisclosurePolicy policy, IReadOnlyList<Release> earlier)
    {
        var withheld = new List<string>();
        var current = report;
        while (true)
        {
            var decision = ProtectOnce(current, withheld.Count == 0 ? atoms : atoms.Without(withheld), policy, earlier);
            if (!decision.Refused)
            {
                // Named in the report's order, as a repeat of this release names them (RepeatedRelease).
                return withheld.Count == 0 ? decision : decision with { Published = Withheld(decision.Published!, [.. report.Tables.Select(t => t.Id).Where(withheld.Contains)]) };
            }

            var behind = decision.Conflicts.Select(c => TableOf(c.Interval.Item)).Where(t => current.Find(t) is not null).Distinct(StringComparer.Ordinal).ToList();
            if (behind.Count == 0)
            {
                return decision;
            }

            withheld.AddRange(behind);
            current = current with { Tables = [.. current.Tables.Where(t => !behind.Contains(t.Id, StringComparer.Ordinal))] };
        }
    }

    private static ReleaseDecision ProtectOnce(Report report, AtomSpace atoms, DisclosurePolicy policy, IReadOnlyList<Release> earlier)
    {
        var model = DisclosureModel.Of(report, atoms, policy);
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

    /// <summary>The table an audited item belongs to (its first word: <c>T15 cell 16_17 serious_injury (release 1)</c>).</summary>
    internal static string TableOf(string item) => item.Split(' ', 2)[0];

    /// <summary>The published report with the tables withheld named in its provenance.</summary>
    internal static DisclosedReport Withheld(DisclosedReport published, IReadOnlyList<string> tables)
    {
        var options = published.Report.Provenance.Options.ToDictionary(StringComparer.Ordinal);
        options[WithheldTablesOption] = string.Join(", ", tables);
        return published with { Report = published.Report with { Provenance = published.Report.Provenance with { Options = options } } };
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
