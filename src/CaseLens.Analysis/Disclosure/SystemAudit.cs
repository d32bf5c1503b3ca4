using Google.OrTools.LinearSolver;

namespace CaseLens.Analysis.Disclosure;

/// <summary>
/// The linear-programming audit of a <see cref="LinkedSystem"/> with Google OR-Tools' GLOP: for a hidden
/// number, the minimum and maximum of its sum of atoms subject to every published number (equal to its
/// shown value, or within its rounding interval or what its mark says), each shown percent (within half
/// a point of 100 × part / base) and non-negative atoms. The model is built once; a change of what is
/// hidden only changes bounds (<see cref="Refresh"/>), so each solve starts from the last basis.
/// </summary>
internal sealed class SystemAudit : IDisposable
{
    private readonly LinkedSystem _system;
    private readonly Solver _solver;
    private readonly Variable[] _x;
    private readonly Constraint[] _values;
    private readonly (Constraint High, Constraint Low)?[] _percents;
    private readonly MPSolverParameters _parameters = new();
    private readonly MPSolverParameters _afresh = new();

    public SystemAudit(LinkedSystem system)
    {
        _system = system;
        _solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools' GLOP solver is not available.");

        // Without presolve GLOP starts each solve from the last basis: the objective is all that changes.
        _parameters.SetIntegerParam(MPSolverParameters.IntegerParam.PRESOLVE, (int)MPSolverParameters.PresolveValues.PRESOLVE_OFF);
        _parameters.SetIntegerParam(MPSolverParameters.IntegerParam.INCREMENTALITY, (int)MPSolverParameters.IncrementalityValues.INCREMENTALITY_ON);
        _afresh.SetIntegerParam(MPSolverParameters.IntegerParam.INCREMENTALITY, (int)MPSolverParameters.IncrementalityValues.INCREMENTALITY_OFF);
        _x = _solver.MakeNumVarArray(system.VariableCount, 0, double.PositiveInfinity);
        _values = new Constraint[system.Items.Count];
        _percents = new (Constraint, Constraint)?[system.Items.Count];
        for (var i = 0; i < system.Items.Count; i++)
        {
            var item = system.Items[i];
            _values[i] = _solver.MakeConstraint();
            foreach (var v in item.Variables)
            {
                _values[i].SetCoefficient(_x[v], 1);
            }

            if (item.Percent is { } percent && item.PercentBase.Length > 0)
            {
                _percents[i] = (PercentRow(item, percent + 0.5, double.NegativeInfinity, 0), PercentRow(item, percent - 0.5, 0, double.PositiveInfinity));
            }
        }

        foreach (var (part, whole) in system.PartRows)
        {
            var row = _solver.MakeConstraint(double.NegativeInfinity, 0);
            row.SetCoefficient(_x[part], 1);
            row.SetCoefficient(_x[whole], -1);
        }

        Refresh();
    }

    /// <summary>Sets every row's bounds from what is now shown and hidden.</summary>
    public void Refresh()
    {
        for (var i = 0; i < _system.Items.Count; i++)
        {
            var item = _system.Items[i];
            var (lower, upper) = item.Bounds;
            _values[i].SetBounds(lower, upper);
            if (_percents[i] is var (high, low))
            {
                var on = item.PercentIsInformative;
                high.SetBounds(double.NegativeInfinity, on ? 0 : double.PositiveInfinity);
                low.SetBounds(on ? 0 : double.NegativeInfinity, double.PositiveInfinity);
            }
        }
    }

    /// <summary>How far a reader can narrow <paramref name="item"/>'s value.</summary>
    public AuditInterval Range(SystemItem item)
    {
        var objective = _solver.Objective();
        objective.Clear();
        foreach (var v in item.Variables)
        {
            objective.SetCoefficient(_x[v], 1);
        }

        objective.SetMinimization();
        var min = Solve(item, double.NegativeInfinity);
        objective.SetMaximization();
        var max = Solve(item, double.PositiveInfinity);
        return new AuditInterval(item.ToString(), min, max, item.Policy.ProtectionRange);
    }

    /// <summary>Audits every hidden small number of <paramref name="system"/> afresh.</summary>
    public static IReadOnlyList<AuditInterval> Of(LinkedSystem system)
    {
        using var audit = new SystemAudit(system);
        return audit.All();
    }

    /// <summary>Every hidden small number of the system, with what a reader can narrow it to.</summary>
    public IReadOnlyList<AuditInterval> All() =>
        [.. _system.Items.Where(i => i.State == ItemState.Primary).Select(Range)];

    public void Dispose()
    {
        _parameters.Dispose();
        _afresh.Dispose();
        _solver.Dispose();
    }

    private Constraint PercentRow(SystemItem item, double percent, double lower, double upper)
    {
        var coefficients = new Dictionary<int, double>();
        foreach (var v in item.Variables)
        {
            coefficients[v] = coefficients.GetValueOrDefault(v) + 100;
        }

        foreach (var v in item.PercentBase)
        {
            coefficients[v] = coefficients.GetValueOrDefault(v) - percent;
        }

        var row = _solver.MakeConstraint(lower, upper);
        foreach (var (v, coefficient) in coefficients)
        {
            row.SetCoefficient(_x[v], coefficient);
        }

        return row;
    }

    private double Solve(SystemItem item, double unbounded)
    {
        var status = _solver.Solve(_parameters);
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.UNBOUNDED))
        {
            // A warm start can end in numerical trouble (ABNORMAL); solving from scratch, with presolve, settles it.
            status = _solver.Solve(_afresh);
        }

        return status switch
        {
            Solver.ResultStatus.OPTIMAL => _solver.Objective().Value(),
            Solver.ResultStatus.UNBOUNDED => unbounded,
            _ => throw new InvalidOperationException($"The audit of {item} ended {status}: the published numbers contradict each other."),
        };
    }
}
