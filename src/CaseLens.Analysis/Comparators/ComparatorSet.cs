namespace CaseLens.Analysis.Comparators;

/// <summary>
/// The published figures of a comparator file. Columns of a table keep the order in which the
/// file first names them.
/// </summary>
public sealed class ComparatorSet
{
    private readonly Dictionary<string, List<ComparatorFigure>> _byTable = new(StringComparer.Ordinal);

    /// <summary>A set of the figures as read from a comparator file, in file order (which fixes the order of the columns).</summary>
    public ComparatorSet(IEnumerable<ComparatorFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        Figures = figures.ToArray();
        foreach (var figure in Figures)
        {
            if (!_byTable.TryGetValue(figure.Table, out var list))
            {
                list = [];
                _byTable.Add(figure.Table, list);
            }

            list.Add(figure);
        }
    }

    /// <summary>No comparators.</summary>
    public static ComparatorSet Empty { get; } = new([]);

    /// <summary>Every figure, in file order.</summary>
    public IReadOnlyList<ComparatorFigure> Figures { get; }

    /// <summary>The figures for one table, in file order (empty when there are none).</summary>
    public IReadOnlyList<ComparatorFigure> For(string tableId) =>
        _byTable.TryGetValue(tableId, out var list) ? list : [];
}
