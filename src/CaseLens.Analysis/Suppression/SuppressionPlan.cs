using CaseLens.Analysis.Reports;
using MathNet.Numerics.LinearAlgebra;

namespace CaseLens.Analysis.Suppression;

/// <summary>Which cells of a table to hide and which column n's to withhold (see <see cref="SmallNumberSuppression"/>).</summary>
internal sealed class SuppressionPlan
{
    private readonly ReportTable _table;
    private readonly IReadOnlyList<PublishedLine> _lines;
    private readonly HashSet<CellPosition> _hidden = [];
    private readonly HashSet<int> _hiddenN = [];

    private SuppressionPlan(ReportTable table, int threshold)
    {
        _table = table;
        _lines = PublishedLines.Of(table, threshold, CountOf);
    }

    public IReadOnlySet<CellPosition> Hidden => _hidden;

    public static SuppressionPlan For(ReportTable table, int threshold)
    {
        var plan = new SuppressionPlan(table, threshold);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            for (var j = 0; j < table.Columns.Count; j++)
            {
                if (plan.CountOf(new CellPosition(i, j)) is > 0 and var count && count < threshold)
                {
                    plan._hidden.Add(new CellPosition(i, j));
                }
            }
        }

        while (plan.ProtectLines() || plan.ProtectDetermined() || plan.ProtectPinned())
        {
            // Each pass hides a cell or an n; both sets only grow, so this ends.
        }

        return plan;
    }

    public ReportTable ApplyTo(ReportTable table, string display, int threshold)
    {
        var hidden = new Cell { Suppressed = true, Display = display };
        var rows = new List<ReportRow>(table.Rows.Count);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var rowHasHidden = _hidden.Any(p => p.Row == i);
            var cells = new Dictionary<string, Cell>(StringComparer.Ordinal);
            for (var j = 0; j < table.Columns.Count; j++)
            {
                var column = table.Columns[j];
                if (!row.Cells.TryGetValue(column.Key, out var cell))
                {
                    continue;
                }

                var hide = column.Source == ColumnSource.Cases &&
                    (_hidden.Contains(new CellPosition(i, j))
                     || (rowHasHidden && cell.Count is null && cell.Percent is not null)
                     || cell.N is > 0 and var n && n < threshold && cell.Median is not null);
                cells[column.Key] = hide ? hidden : cell;
            }

            rows.Add(row with { Cells = cells });
        }

        var columns = table.Columns.Select((c, j) => _hiddenN.Contains(j) ? c with { N = null } : c).ToList();
        return table with { Rows = rows, Columns = columns };
    }

    private int? CountOf(CellPosition position)
    {
        if (position.Row < 0 || position.Column < 0)
        {
            return null;
        }

        var column = _table.Columns[position.Column];
        return column.Source == ColumnSource.Cases
            && _table.Rows[position.Row].Cells.TryGetValue(column.Key, out var cell)
            && !cell.Suppressed
            ? cell.Count
            : null;
    }

    private IEnumerable<PublishedLine> ActiveLines =>
        _lines.Where(l => l.NOfColumn is not { } column || !_hiddenN.Contains(column));

    /// <summary>One pass of "no line holds exactly one hidden cell"; true if anything changed.</summary>
    private bool ProtectLines()
    {
        var changed = false;
        foreach (var line in ActiveLines.ToList())
        {
            if (line.Members.Count(_hidden.Contains) != 1)
            {
                continue;
            }

            changed = true;
            if (SmallestVisible(line) is { } next)
            {
                _hidden.Add(next);
            }
            else if (line.NOfColumn is { } column)
            {
                _hiddenN.Add(column);
            }
            else
            {
                // A row total published elsewhere with a single count: nothing in this table can hide it.
                changed = false;
            }
        }

        return changed;
    }

    /// <summary>
    /// Hides one more cell beside the first hidden cell that all published sums together still pin
    /// down (its component is zero in every solution of the homogeneous system); true if anything changed.
    /// </summary>
    private bool ProtectDetermined()
    {
        var variables = _hidden.OrderBy(p => p.Row).ThenBy(p => p.Column).ToList();
        var lines = ActiveLines.Where(l => l.Members.Any(_hidden.Contains)).ToList();
        if (variables.Count == 0 || lines.Count == 0)
        {
            return false;
        }

        var index = variables.Select((p, k) => (p, k)).ToDictionary(x => x.p, x => x.k);
        var system = Matrix<double>.Build.Dense(lines.Count, variables.Count);
        for (var r = 0; r < lines.Count; r++)
        {
            foreach (var part in lines[r].Parts.Where(_hidden.Contains))
            {
                system[r, index[part]] = 1;
            }

            if (lines[r].Total is { } total && _hidden.Contains(total))
            {
                system[r, index[total]] = -1;
            }
        }

        var kernel = system.Kernel();
        foreach (var cell in variables)
        {
            if (kernel.Any(v => Math.Abs(v[index[cell]]) > 1e-9))
            {
                continue;
            }

            if (Widen(cell, lines))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Hides one more cell for a pinned-down <paramref name="cell"/>: the smallest visible count of its
    /// published lines, else of its row or column (a line left out because its total is below K still
    /// constrains), else withholds the n of one of its columns. False when nothing is left to hide.
    /// </summary>
    private bool Widen(CellPosition cell, List<PublishedLine> lines)
    {
        var around = lines.Where(l => l.Members.Contains(cell)).ToList();
        var next = around.Select(SmallestVisible).Where(p => p is not null).Select(p => p!.Value)
            .OrderBy(p => CountOf(p) == 0 ? 1 : 0).ThenBy(CountOf).ThenBy(p => p.Row).ThenBy(p => p.Column)
            .Select(p => (CellPosition?)p)
            .FirstOrDefault() ?? Neighbours(cell);
        if (next is { } more)
        {
            _hidden.Add(more);
            return true;
        }

        if (around.FirstOrDefault(l => l.NOfColumn is not null) is { NOfColumn: { } column })
        {
            _hiddenN.Add(column);
            return true;
        }

        return false;
    }

    private CellPosition? Neighbours(CellPosition cell)
    {
        var candidates = new List<CellPosition>();
        for (var i = 0; i < _table.Rows.Count; i++)
        {
            candidates.Add(new CellPosition(i, cell.Column));
        }

        for (var j = 0; j < _table.Columns.Count; j++)
        {
            candidates.Add(new CellPosition(cell.Row, j));
        }

        return candidates
            .Where(p => !_hidden.Contains(p) && CountOf(p) is not null && !_table.Rows[p.Row].IsSubRow)
            .OrderBy(p => CountOf(p) == 0 ? 1 : 0).ThenBy(CountOf).ThenBy(p => p.Row).ThenBy(p => p.Column)
            .Select(p => (CellPosition?)p)
            .FirstOrDefault();
    }

    /// <summary>
    /// Hides one more cell beside the first hidden cell that cannot change by one without breaking a
    /// published sum or making a count negative (hidden zeros can pin their neighbours); true if anything changed.
    /// </summary>
    private bool ProtectPinned()
    {
        var lines = ActiveLines.Where(l => l.Members.Any(_hidden.Contains)).ToList();
        var equations = lines
            .Select(l => l.Parts.Where(_hidden.Contains).Select(p => (p, 1))
                .Concat(l.Total is { } t && _hidden.Contains(t) ? [(t, -1)] : [])
                .ToArray())
            .ToList();
        var search = new AlternativeSearch(equations, p => CountOf(p) ?? 0);
        foreach (var cell in _hidden.OrderBy(p => p.Row).ThenBy(p => p.Column))
        {
            if (search.HasAlternative(cell))
            {
                continue;
            }

            if (Widen(cell, lines))
            {
                return true;
            }
        }

        return false;
    }

    private CellPosition? SmallestVisible(PublishedLine line) =>
        line.Members
            .Where(p => !_hidden.Contains(p))
            .OrderBy(p => CountOf(p) == 0 ? 1 : 0)
            .ThenBy(p => p == line.Total ? 1 : 0)
            .ThenBy(p => CountOf(p))
            .ThenBy(p => p.Row)
            .ThenBy(p => p.Column)
            .Select(p => (CellPosition?)p)
            .FirstOrDefault();
}
