using Google.OrTools.LinearSolver;

namespace CaseLens.Analysis.Disclosure;

/// <summary>
/// Chooses which further numbers to hide so that every hidden small number of a <see cref="LinkedSystem"/>
/// keeps its protection range, over all linked tables (and releases) at once. Audit-driven: the LP audit
/// (<see cref="SystemAudit"/>) finds a small number a reader can narrow too far; a second LP then looks
/// for a way the data could differ — the small number at the far end of its range — that breaks as few
/// shown numbers as possible, each weighted by what hiding it costs (1 + ln(1 + count), double for a
/// column's n); the shown numbers it breaks are hidden (secondary suppression), and the audit runs again.
/// Hiding only ever widens what a reader cannot know, so the loop ends: when every small number is
/// protected, or when nothing the report can still hide would widen one further (left in <see cref="Outcome.Unprotected"/>).
/// The atoms hold only the combinations the data has, so the audit credits a reader with knowing that no
/// other combination occurs; in a tiny sample (the intensive sample's 40 cases, each nearly an atom of its
/// own) that, with what the marks say (<c>&lt;6</c> is 1 to 5, <c>c</c> at least 6), can leave a small number
/// narrowed below the range however much is hidden: it is then reported, and only a value a reader could
/// pin down exactly stops the report.
/// </summary>
internal static class SecondarySuppression
{
    private const double Slack = 1e-6;

    /// <summary>The most a hidden count may be moved by in the mixed-integer model (far more than any protection range needs).</summary>
    private const double BigM = 10_000;

    /// <summary>A time limit for one mixed-integer model; the best set found by then is taken (else the LP's).</summary>
    private const long MixedTimeLimitMilliseconds = 1_000;

    /// <param name="Unprotected">Small numbers that could not be given their protection range.</param>
    /// <param name="Pinned">Those of them a reader could work out exactly.</param>
    public sealed record Outcome(IReadOnlyList<SystemItem> Unprotected, IReadOnlyList<SystemItem> Pinned, int Repairs);

    /// <summary>Protects every part of a compacted system (<see cref="LinkedSystem.Split"/>) on its own.</summary>
    public static Outcome Protect(IReadOnlyList<LinkedSystem> parts)
    {
        var outcomes = parts.Select(Protect).ToList();
        return new Outcome([.. outcomes.SelectMany(o => o.Unprotected)], [.. outcomes.SelectMany(o => o.Pinned)], outcomes.Sum(o => o.Repairs));
    }

    public static Outcome Protect(LinkedSystem system)
    {
        var outcome = ProtectWithMarks(system);
        if (outcome.Pinned.Count == 0 || !system.Items.Any(i => i.Policy.MarksDiffer && i.Adjustable))
        {
            return outcome;
        }

        // Where even hiding everything connected leaves a small number pinned down, the marks themselves say
        // too much ("<6" is at most 5, "c" at least 6): every hidden number of the part then shows the
        // one mark, "c", and protection goes on from there.
        foreach (var item in system.Items.Where(i => i.Adjustable))
        {
            item.UniformMark = true;
        }

        var again = ProtectWithMarks(system);
        return again with { Repairs = outcome.Repairs + again.Repairs };
    }

    private static Outcome ProtectWithMarks(LinkedSystem system)
    {
        using var audit = new SystemAudit(system);
        var repairs = 0;

        // Hiding more only widens what a reader cannot know: a protected number stays protected, and
        // one that could not be helped is tried again only after something else was hidden.
        var open = system.Items.Where(i => i.State == ItemState.Primary).ToList();
        var given = new List<SystemItem>();
        while (open.Count > 0)
        {
            var stillOpen = new List<SystemItem>();
            var changed = false;
            foreach (var item in open)
            {
                var interval = audit.Range(item);
                if (interval.Protected)
                {
                    continue;
                }

                var hide = Repair(system, item, interval);
                repairs++;
                if (hide.Count == 0)
                {
                    given.Add(item);
                    continue;
                }

                foreach (var other in hide)
                {
                    other.State = ItemState.Secondary;
                }

                audit.Refresh();
                changed = true;
                stillOpen.Add(item);
            }

            if (changed)
            {
                stillOpen.AddRange(given);
                given.Clear();
            }

            open = stillOpen;
        }

        return new Outcome([.. given], [.. given.Where(i => audit.Range(i).Pinned)], repairs);
    }

    /// <summary>The shown numbers to hide so that <paramref name="item"/> could lie at the far end of its protection range.</summary>
    private static List<SystemItem> Repair(LinkedSystem system, SystemItem item, AuditInterval interval)
    {
        var (lower, upper) = item.Bounds;
        var range = item.Policy.ProtectionRange;
        var up = Math.Min(upper, interval.WholeMin + range);
        if (interval.WholeMax < up)
        {
            return Breaking(system, item, up, upper);
        }

        var down = Math.Max(lower, interval.WholeMax - range);
        var hide = interval.WholeMin > down ? Breaking(system, item, lower, down) : [];
        return hide.Count > 0 ? hide : Neighbour(system, item);
    }

    /// <summary>
    /// When no change of the shown numbers can move the value far enough (the atoms hold only the
    /// combinations the data has, so a reader is assumed to know more than they do and the system is
    /// rigid), the cheapest shown number nearest to it — sharing cases with it, or with a number that
    /// does, and so on — is hidden, so that the loop goes on; none when nothing connected is left to hide.
    /// </summary>
    private static List<SystemItem> Neighbour(LinkedSystem system, SystemItem item)
    {
        var reached = item.Variables.ToHashSet();
        var seen = new HashSet<SystemItem> { item };
        while (true)
        {
            var ring = system.Items.Where(i => !seen.Contains(i) && i.Variables.Any(reached.Contains)).ToList();
            if (ring.Count == 0)
            {
                return [];
            }

            if (ring.Where(i => i.CanProtect).OrderBy(i => i.Weight).ThenBy(i => i.Name, StringComparer.Ordinal).FirstOrDefault() is { } next)
            {
                return [next];
            }

            foreach (var i in ring)
            {
                seen.Add(i);
                reached.UnionWith(i.Variables);
            }
        }
    }

    /// <summary>
    /// The cheapest set of shown numbers that must change for <paramref name="target"/>'s value to lie in
    /// [<paramref name="from"/>, <paramref name="to"/>]: an LP (every shown number may break, at its weight
    /// per unit) finds the numbers that matter; a mixed-integer model over just those (SCIP: a number is
    /// hidden whole or not at all, at its weight) picks the fewest, since the LP spreads a change over
    /// every path it can.
    /// </summary>
    private static List<SystemItem> Breaking(LinkedSystem system, SystemItem target, double from, double to)
    {
        var support = Breaking(system, target, from, to, candidates: null);
        if (support.Count <= 2)
        {
            return support;
        }

        var chosen = Breaking(system, target, from, to, support.ToHashSet());
        return chosen.Count > 0 ? chosen : support;
    }

    private static List<SystemItem> Breaking(LinkedSystem system, SystemItem target, double from, double to, IReadOnlySet<SystemItem>? candidates)
    {
        var mixed = candidates is not null;
        using var solver = Solver.CreateSolver(mixed ? "SCIP" : "GLOP") ?? throw new InvalidOperationException("OR-Tools' solvers are not available.");
        if (mixed)
        {
            solver.SetTimeLimit(MixedTimeLimitMilliseconds);
        }

        var x = solver.MakeNumVarArray(system.VariableCount, 0, double.PositiveInfinity);
        var objective = solver.Objective();
        var slacks = new List<(SystemItem Item, Variable Slack)>();
        var hide = new Dictionary<SystemItem, Variable>();
        foreach (var item in system.Items)
        {
            var soft = item.CanProtect && (candidates?.Contains(item) ?? true);
            var (lower, upper) = item == target ? (from, to) : item.Bounds;
            Row(item, item.Variables.Select(v => (v, 1.0)), lower, upper, soft, 1);
            if (item.PercentIsInformative && item.Percent is { } percent)
            {
                Row(item, PercentTerms(item, percent + 0.5), double.NegativeInfinity, 0, soft, 100);
                Row(item, PercentTerms(item, percent - 0.5), 0, double.PositiveInfinity, soft, 100);
            }
        }

        foreach (var (part, whole) in system.PartRows)
        {
            var row = solver.MakeConstraint(double.NegativeInfinity, 0);
            row.SetCoefficient(x[part], 1);
            row.SetCoefficient(x[whole], -1);
        }

        objective.SetMinimization();
        var status = solver.Solve();
        if (status != Solver.ResultStatus.OPTIMAL && !(mixed && status == Solver.ResultStatus.FEASIBLE))
        {
            return [];
        }

        return mixed
            ? [.. hide.Where(h => h.Value.SolutionValue() > 0.5).Select(h => h.Key)]
            : [.. slacks.Where(s => s.Slack.SolutionValue() > Slack).Select(s => s.Item).Distinct()];

        void Row(SystemItem item, IEnumerable<(int Variable, double Coefficient)> terms, double lower, double upper, bool soft, double scale)
        {
            var row = solver.MakeConstraint(lower, upper);
            foreach (var (v, coefficient) in terms)
            {
                row.SetCoefficient(x[v], row.GetCoefficient(x[v]) + coefficient);
            }

            if (!soft)
            {
                return;
            }

            if (mixed && !hide.ContainsKey(item))
            {
                hide[item] = solver.MakeBoolVar(string.Empty);
                objective.SetCoefficient(hide[item], item.Weight);
            }

            foreach (var sign in (int[])[1, -1])
            {
                var slack = solver.MakeNumVar(0, double.PositiveInfinity, string.Empty);
                row.SetCoefficient(slack, sign);
                if (mixed)
                {
                    // slack <= M * hidden: a number may break only if it is hidden.
                    var link = solver.MakeConstraint(double.NegativeInfinity, 0);
                    link.SetCoefficient(slack, 1);
                    link.SetCoefficient(hide[item], -BigM * scale);
                }
                else
                {
                    objective.SetCoefficient(slack, item.Weight / scale);
                    slacks.Add((item, slack));
                }
            }
        }
    }

    private static IEnumerable<(int, double)> PercentTerms(SystemItem item, double percent) =>
        item.Variables.Select(v => (v, 100.0)).Concat(item.PercentBase.Select(v => (v, -percent)));
}
