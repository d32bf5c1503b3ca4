using System.Globalization;

namespace CaseLens.Analysis.Statistics;

/// <summary>
/// An r x c table of non-negative counts (rows by columns) with its margins: the input of the
/// chi-square and Fisher tests. Immutable; counts are copied on construction.
/// </summary>
public sealed class ContingencyTable
{
    private readonly int[,] _counts;

    /// <summary>A table of the counts, copied; at least one row and one column, no count negative.</summary>
    public ContingencyTable(int[,] counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var rows = counts.GetLength(0);
        var columns = counts.GetLength(1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1, nameof(counts));
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1, nameof(counts));
        _counts = (int[,])counts.Clone();
        var rowTotals = new int[rows];
        var columnTotals = new int[columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                var value = counts[i, j];
                if (value < 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(counts), value, string.Create(CultureInfo.InvariantCulture, $"Cell ({i}, {j}) is negative."));
                }

                rowTotals[i] += value;
                columnTotals[j] += value;
                Total += value;
            }
        }

        RowTotals = rowTotals;
        ColumnTotals = columnTotals;
    }

    /// <summary>The number of rows (r).</summary>
    public int RowCount => _counts.GetLength(0);

    /// <summary>The number of columns (c).</summary>
    public int ColumnCount => _counts.GetLength(1);

    /// <summary>The count in row <paramref name="row"/>, column <paramref name="column"/> (0-based).</summary>
    public int this[int row, int column] => _counts[row, column];

    /// <summary>The sum of each row, in row order.</summary>
    public IReadOnlyList<int> RowTotals { get; }

    /// <summary>The sum of each column, in column order.</summary>
    public IReadOnlyList<int> ColumnTotals { get; }

    /// <summary>The sum of every cell.</summary>
    public int Total { get; }

    /// <summary>A table from rows of equal length: <c>FromRows([3, 1], [1, 3])</c>.</summary>
    public static ContingencyTable FromRows(params int[][] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfZero(rows.Length, nameof(rows));
        var columns = rows[0].Length;
        var counts = new int[rows.Length, columns];
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].Length != columns)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Row {i} has {rows[i].Length} cells, not {columns}."), nameof(rows));
            }

            for (var j = 0; j < columns; j++)
            {
                counts[i, j] = rows[i][j];
            }
        }

        return new ContingencyTable(counts);
    }

    /// <summary>
    /// The same table without rows and columns whose total is zero: they carry no information
    /// and would make expected counts zero.
    /// </summary>
    public ContingencyTable WithoutEmptyLines()
    {
        var rows = Enumerable.Range(0, RowCount).Where(i => RowTotals[i] > 0).ToArray();
        var columns = Enumerable.Range(0, ColumnCount).Where(j => ColumnTotals[j] > 0).ToArray();
        if (rows.Length == RowCount && columns.Length == ColumnCount)
        {
            return this;
        }

        var counts = new int[Math.Max(rows.Length, 1), Math.Max(columns.Length, 1)];
        for (var i = 0; i < rows.Length; i++)
        {
            for (var j = 0; j < columns.Length; j++)
            {
                counts[i, j] = _counts[rows[i], columns[j]];
            }
        }

        return new ContingencyTable(counts);
    }
}
