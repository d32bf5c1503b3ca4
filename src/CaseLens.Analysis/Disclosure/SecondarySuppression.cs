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
/// protected, or when nothing the report can still hide would protect one (left in <see cref="Outcome.Unprotected"/>).
/// </summary>
internal static class SecondarySuppression
{
    private const double Slack = 1e-6;

    public sealed record Outcome(IReadOnlyList<AuditInterval> Intervals, IReadOnlyList<SystemItem> Unprotected, int Repairs);

    public static Outcome Protect(LinkedSystem system)
    {
        using var audit = new SystemAudit(system);
        var given = new HashSet<SystemItem>();
        var repairs = 0;
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var item in system.Items.Where(i => i.State == ItemState.Primary && !given.Contains(i)).ToList())
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
            }
        }

        var intervals = audit.All();
        return new Outcome(intervals, [.. system.Items.Where(i => i.State == ItemState.Primary && !intervals.First(x => x.Item == i.ToString()).Protected)], repairs);
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
        return interval.WholeMin > down ? Breaking(system, item, lower, down) : [];
    }

    /// <summary>The cheapest set of shown numbers that must change for <paramref name="target"/>'s value to lie in [<paramref name="from"/>, <paramref name="to"/>].</summary>
    private static List<SystemItem> Breaking(LinkedSystem system, SystemItem target, double from, double to)
    {
        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools' GLOP solver is not available.");
        var x = solver.MakeNumVarArray(system.VariableCount, 0, double.PositiveInfinity);
        var objective = solver.Objective();
        var slacks = new List<(SystemItem Item, Variable Slack)>();
        foreach (var item in system.Items)
        {
            var soft = item.CanProtect;
            var (lower, upper) = item == target ? (from, to) : item.Bounds;
            Row(item, item.Variables.Select(v => (v, 1.0)), lower, upper, soft ? item.Weight : 0);
            if (item.PercentIsInformative && item.Percent is { } percent)
            {
                Row(item, PercentTerms(item, percent + 0.5), double.NegativeInfinity, 0, soft ? item.Weight / 100 : 0);
                Row(item, PercentTerms(item, percent - 0.5), 0, double.PositiveInfinity, soft ? item.Weight / 100 : 0);
            }
        }

        foreach (var (part, whole) in system.PartRows)
        {
            var row = solver.MakeConstraint(double.NegativeInfinity, 0);
            row.SetCoefficient(x[part], 1);
            row.SetCoefficient(x[whole], -1);
        }

        objective.SetMinimization();
        if (solver.Solve() != Solver.ResultStatus.OPTIMAL)
        {
            return [];
        }

        return [.. slacks.Where(s => s.Slack.SolutionValue() > Slack).Select(s => s.Item).Distinct()];

        void Row(SystemItem item, IEnumerable<(int Variable, double Coefficient)> terms, double lower, double upper, double weight)
        {
            var row = solver.MakeConstraint(lower, upper);
            foreach (var (v, coefficient) in terms)
            {
                row.SetCoefficient(x[v], row.GetCoefficient(x[v]) + coefficient);
            }

            if (weight > 0)
            {
                foreach (var sign in (int[])[1, -1])
                {
                    var slack = solver.MakeNumVar(0, double.PositiveInfinity, string.Empty);
                    row.SetCoefficient(slack, sign);
                    objective.SetCoefficient(slack, weight);
                    slacks.Add((item, slack));
                }
            }
        }
    }

    private static IEnumerable<(int, double)> PercentTerms(SystemItem item, double percent) =>
        item.Variables.Select(v => (v, 100.0)).Concat(item.PercentBase.Select(v => (v, -percent)));
}
