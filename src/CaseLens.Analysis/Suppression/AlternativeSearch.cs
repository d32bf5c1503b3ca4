namespace CaseLens.Analysis.Suppression;

/// <summary>
/// Looks for proof that a hidden count is not pinned down: a change of +1 or -1 to some hidden cells,
/// including the one in question, that keeps every published sum and leaves no count below zero — so a
/// reader sees at least two possible values. The search follows the sums: changing a cell unbalances its
/// lines, and each unbalanced line must be rebalanced by changing another hidden cell in it.
/// </summary>
internal sealed class AlternativeSearch
{
    /// <summary>Steps tried per cell before the search gives up and calls the cell protected.</summary>
    private const int Budget = 200_000;

    private readonly IReadOnlyList<(CellPosition Cell, int Coefficient)[]> _lines;
    private readonly Func<CellPosition, int> _countOf;
    private readonly Dictionary<CellPosition, List<int>> _linesOf = [];
    private readonly Dictionary<CellPosition, int> _change = [];
    private int _steps;

    /// <param name="lines">Each published sum as its hidden cells with coefficient +1 (a part) or -1 (the total).</param>
    public AlternativeSearch(IReadOnlyList<(CellPosition Cell, int Coefficient)[]> lines, Func<CellPosition, int> countOf)
    {
        _lines = lines;
        _countOf = countOf;
        for (var l = 0; l < lines.Count; l++)
        {
            foreach (var (cell, _) in lines[l])
            {
                if (!_linesOf.TryGetValue(cell, out var list))
                {
                    _linesOf[cell] = list = [];
                }

                list.Add(l);
            }
        }
    }

    /// <summary>Whether a reader could see another value for <paramref name="cell"/> (or the search ran out of steps).</summary>
    public bool HasAlternative(CellPosition cell)
    {
        foreach (var delta in (int[])[-1, 1])
        {
            _steps = 0;
            _change.Clear();
            if (TrySet(cell, delta) && Balance() is not false)
            {
                return true;
            }
        }

        return false;
    }

    private bool TrySet(CellPosition cell, int delta)
    {
        if (_countOf(cell) + delta < 0)
        {
            return false;
        }

        _change[cell] = delta;
        return true;
    }

    /// <summary>True when every line balances, false when no change can, null when out of steps.</summary>
    private bool? Balance()
    {
        if (++_steps > Budget)
        {
            return null;
        }

        var unbalanced = FirstUnbalanced(out var imbalance);
        if (unbalanced < 0)
        {
            return true;
        }

        foreach (var (cell, coefficient) in _lines[unbalanced])
        {
            if (_change.ContainsKey(cell))
            {
                continue;
            }

            // coefficient x delta must cancel (part of) the imbalance.
            var delta = -Math.Sign(imbalance) * coefficient;
            if (!TrySet(cell, delta))
            {
                continue;
            }

            var result = Balance();
            if (result is not false)
            {
                return result;
            }

            _change.Remove(cell);
        }

        return false;
    }

    private int FirstUnbalanced(out int imbalance)
    {
        foreach (var cell in _change.Keys)
        {
            foreach (var l in _linesOf.GetValueOrDefault(cell) ?? [])
            {
                imbalance = 0;
                foreach (var (member, coefficient) in _lines[l])
                {
                    imbalance += coefficient * _change.GetValueOrDefault(member);
                }

                if (imbalance != 0)
                {
                    return l;
                }
            }
        }

        imbalance = 0;
        return -1;
    }
}
