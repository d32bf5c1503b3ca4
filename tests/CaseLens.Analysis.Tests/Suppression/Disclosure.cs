using CaseLens.Analysis.Reports;

namespace CaseLens.Analysis.Tests.Suppression;

/// <summary>
/// An attacker's view of a suppressed table built by <see cref="TableBuilder"/>, written independently of
/// the suppression code: the published cells, each published column n, each column's total-row cell, each
/// row's total column (or, with two or more case columns and no total column, the row total published in
/// another table if it is at least K). <see cref="Alternatives"/> searches, by brute force over non-negative integers, for a
/// second value of each hidden cell consistent with all of that.
/// </summary>
internal sealed class Disclosure
{
    private readonly List<(int[] Vars, int[] Coefs, int Rhs)> _equations = [];
    private readonly int[] _truth;
    private readonly int _bound;

    public Disclosure(ReportTable original, ReportTable published, int threshold)
    {
        var caseColumns = published.Columns.Select((c, j) => (c, j)).Where(x => x.c.Source == ColumnSource.Cases).ToList();
        Hidden = [];
        var truth = new List<int>();
        for (var i = 0; i < published.Rows.Count; i++)
        {
            foreach (var (column, _) in caseColumns)
            {
                if (published.Rows[i].Cells[column.Key].Suppressed)
                {
                    Hidden.Add((i, column.Key));
                    truth.Add(original.Rows[i].Cells[column.Key].Count!.Value);
                }
            }
        }

        _truth = [.. truth];
        _bound = original.Rows.Where(r => r.Key != "total").Sum(r => r.Cells.Where(c => c.Key != "total").Sum(c => c.Value.Count ?? 0));
        var totalRow = published.Rows.ToList().FindIndex(r => r.Key == "total");
        var partRows = Enumerable.Range(0, published.Rows.Count).Where(i => i != totalRow).ToList();
        foreach (var (column, j) in caseColumns)
        {
            var parts = partRows.Select(i => (i, column.Key)).ToList();
            if (column.N is { } n)
            {
                Add(parts, null, n);
            }

            if (totalRow >= 0)
            {
                Add(parts, (totalRow, column.Key), 0);
            }
        }

        var partColumns = caseColumns.Where(x => x.c.Key != "total").Select(x => x.c.Key).ToList();
        var hasTotalColumn = caseColumns.Any(x => x.c.Key == "total");
        if (partColumns.Count >= 2)
        {
            for (var i = 0; i < published.Rows.Count; i++)
            {
                var parts = partColumns.Select(k => (i, k)).ToList();
                if (hasTotalColumn)
                {
                    Add(parts, (i, "total"), 0);
                }
                else if (partColumns.Sum(k => original.Rows[i].Cells[k].Count!.Value) is var rowTotal && rowTotal >= threshold)
                {
                    // The row total published in another table, unless it is below K and hidden there.
                    Add(parts, null, rowTotal);
                }
            }
        }

        void Add(List<(int Row, string Key)> parts, (int Row, string Key)? total, int constant)
        {
            var vars = new List<int>();
            var coefs = new List<int>();
            var rhs = constant;
            foreach (var part in parts)
            {
                Term(part, 1);
            }

            if (total is { } t)
            {
                Term(t, -1);
            }

            if (vars.Count > 0)
            {
                _equations.Add(([.. vars], [.. coefs], rhs));
            }

            void Term((int Row, string Key) cell, int coef)
            {
                var k = Hidden.IndexOf(cell);
                if (k >= 0)
                {
                    vars.Add(k);
                    coefs.Add(coef);
                }
                else
                {
                    rhs -= coef * published.Rows[cell.Row].Cells[cell.Key].Count!.Value;
                }
            }
        }
    }

    public List<(int Row, string Key)> Hidden { get; }

    /// <summary>Whether hidden cell <paramref name="k"/> can take a value other than its true one.</summary>
    public bool HasAlternative(int k)
    {
        var values = new int?[_truth.Length];
        return Search(values, 0, k);
    }

    private bool Search(int?[] values, int next, int target)
    {
        if (next == values.Length)
        {
            return values[target] != _truth[target] && _equations.All(e => Sum(e, values) == e.Rhs);
        }

        // Try values near the truth first: a second solution, if any, is usually close by.
        foreach (var value in Candidates(values, next))
        {
            if (next == target && value == _truth[target])
            {
                continue;
            }

            values[next] = value;
            if (Consistent(values) && Search(values, next + 1, target))
            {
                return true;
            }
        }

        values[next] = null;
        return false;
    }

    private IEnumerable<int> Candidates(int?[] values, int k)
    {
        // An equation whose only unknown left is this cell fixes it.
        foreach (var equation in _equations)
        {
            var at = Array.IndexOf(equation.Vars, k);
            if (at >= 0 && equation.Vars.All(v => v == k || values[v] is not null))
            {
                var rest = equation.Vars.Select((v, i) => v == k ? 0 : values[v]!.Value * equation.Coefs[i]).Sum();
                var forced = (equation.Rhs - rest) * equation.Coefs[at];
                if (forced >= 0 && forced <= _bound)
                {
                    yield return forced;
                }

                yield break;
            }
        }

        yield return _truth[k];
        for (var d = 1; d <= _bound; d++)
        {
            if (_truth[k] - d >= 0)
            {
                yield return _truth[k] - d;
            }

            if (_truth[k] + d <= _bound)
            {
                yield return _truth[k] + d;
            }
        }
    }

    private bool Consistent(int?[] values)
    {
        foreach (var equation in _equations)
        {
            var complete = equation.Vars.All(v => values[v] is not null);
            var sum = Sum(equation, values);
            if (complete ? sum != equation.Rhs : equation.Coefs.All(c => c > 0) && sum > equation.Rhs)
            {
                return false;
            }
        }

        return true;
    }

    private static int Sum((int[] Vars, int[] Coefs, int Rhs) equation, int?[] values) =>
        equation.Vars.Select((v, i) => (values[v] ?? 0) * equation.Coefs[i]).Sum();
}
