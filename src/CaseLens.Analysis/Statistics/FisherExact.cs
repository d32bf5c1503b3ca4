namespace CaseLens.Analysis.Statistics;

/// <summary>
/// Fisher's exact test by complete enumeration of the tables with the observed margins. Exact for any
/// r x c table, but the number of tables grows quickly with the total and the shape; enumeration stops
/// at a limit and the test then gives no answer (null) rather than a wrong one.
/// </summary>
public static class FisherExact
{
    /// <summary>The default limit on tables enumerated: a few seconds of work on one core.</summary>
    /// <value>20,000,000 tables.</value>
    public const long DefaultMaxTables = 20_000_000;

    /// <summary>R's relative tolerance when comparing a table's probability with the observed one.</summary>
    private const double RelativeTolerance = 1e-7;

    /// <summary>
    /// The two-sided exact p-value, or null when more than <paramref name="maxTables"/> tables have
    /// the observed margins. Rows and columns with a zero total are dropped first (they change nothing).
    /// </summary>
    public static FisherExactResult? Of(ContingencyTable table, long maxTables = DefaultMaxTables)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTables, 1);
        var reduced = table.WithoutEmptyLines();
        if (reduced.RowCount < 2 || reduced.ColumnCount < 2)
        {
            return new FisherExactResult(1.0, 1.0, 1);
        }

        var enumeration = new Enumeration(reduced, maxTables);
        return enumeration.Run();
    }

    /// <summary>Depth-first over cells row by row; the last row and the last column are implied.</summary>
    private sealed class Enumeration
    {
        private readonly int _rows;
        private readonly int _columns;
        private readonly double[] _lnFactorial;
        private readonly int[] _rowLeft;
        private readonly int[] _columnLeft;
        private readonly double _constant;
        private readonly double _threshold;
        private readonly double _observedLn;
        private readonly long _maxTables;
        private long _tables;
        private double _sum;
        private double _sumAll;

        public Enumeration(ContingencyTable table, long maxTables)
        {
            _rows = table.RowCount;
            _columns = table.ColumnCount;
            _maxTables = maxTables;
            _lnFactorial = LogFactorials.UpTo(table.Total);

            _rowLeft = table.RowTotals.ToArray();
            _columnLeft = table.ColumnTotals.ToArray();
            _constant = table.RowTotals.Sum(r => _lnFactorial[r]) + table.ColumnTotals.Sum(c => _lnFactorial[c])
                - _lnFactorial[table.Total];
            _observedLn = _constant - LogFactorials.OfCells(table, _lnFactorial);
            _threshold = _observedLn + Math.Log(1 + RelativeTolerance);
        }

        public FisherExactResult? Run()
        {
            if (!Visit(0, 0, 0.0))
            {
                return null;
            }

            // Dividing by the enumerated total mass (1 in exact arithmetic) cancels rounding drift.
            var p = Math.Clamp(_sum / _sumAll, 0.0, 1.0);
            return new FisherExactResult(p, Math.Exp(_observedLn), _tables);
        }

        /// <summary>Chooses cell (row, column); false when the limit was passed.</summary>
        private bool Visit(int row, int column, double lnCells)
        {
            if (row == _rows - 1)
            {
                return Leaf(lnCells);
            }

            if (column == 0 && row > 0)
            {
                switch (Bound(row, lnCells))
                {
                    case Completion.AllCount:
                        _sum += Mass(row, lnCells);
                        return true;
                    case Completion.NoneCount:
                        Mass(row, lnCells);
                        return true;
                }
            }

            if (column == _columns - 1)
            {
                // The row's last cell takes what is left of the row, if its column can hold it.
                var last = _rowLeft[row];
                if (last > _columnLeft[column])
                {
                    return true;
                }

                _columnLeft[column] -= last;
                _rowLeft[row] = 0;
                var ok = Visit(row + 1, 0, lnCells + _lnFactorial[last]);
                _rowLeft[row] = last;
                _columnLeft[column] += last;
                return ok;
            }

            // What the row's later columns can still take bounds this cell from below.
            var laterCapacity = 0;
            for (var j = column + 1; j < _columns; j++)
            {
                laterCapacity += _columnLeft[j];
            }

            var low = Math.Max(0, _rowLeft[row] - laterCapacity);
            var high = Math.Min(_rowLeft[row], _columnLeft[column]);
            for (var value = low; value <= high; value++)
            {
                _rowLeft[row] -= value;
                _columnLeft[column] -= value;
                var ok = Visit(row, column + 1, lnCells + _lnFactorial[value]);
                _rowLeft[row] += value;
                _columnLeft[column] += value;
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }

        private enum Completion
        {
            Mixed,
            AllCount,
            NoneCount,
        }

        /// <summary>
        /// Whether every completion of rows <paramref name="row"/>… is at most as probable as the observed
        /// table (so all count), or every one more probable (none count), from bounds on Σ ln x! of the
        /// remaining cells: at least that of each line spread as evenly as it can be, at most that of
        /// the lines concentrated (ln a! + ln b! ≤ ln (a + b)!).
        /// </summary>
        private Completion Bound(int row, double lnCells)
        {
            double rowsEven = 0, rowsConcentrated = 0, columnsEven = 0, columnsConcentrated = 0;
            for (var i = row; i < _rows; i++)
            {
                rowsEven += Even(_rowLeft[i], _columns);
                rowsConcentrated += _lnFactorial[_rowLeft[i]];
            }

            for (var j = 0; j < _columns; j++)
            {
                columnsEven += Even(_columnLeft[j], _rows - row);
                columnsConcentrated += _lnFactorial[_columnLeft[j]];
            }

            var least = _constant - lnCells - Math.Min(rowsConcentrated, columnsConcentrated);
            var most = _constant - lnCells - Math.Max(rowsEven, columnsEven);
            if (most <= _threshold - 1e-9)
            {
                return Completion.AllCount;
            }

            return least > _threshold + 1e-9 ? Completion.NoneCount : Completion.Mixed;
        }

        private double Even(int total, int parts)
        {
            var quotient = total / parts;
            var remainder = total % parts;
            return (remainder * _lnFactorial[quotient + 1]) + ((parts - remainder) * _lnFactorial[quotient]);
        }

        /// <summary>
        /// The probability of all completions together: Σ Π 1/x! over tables with margins R and C is
        /// N! / (Π R! Π C!).
        /// </summary>
        private double Mass(int row, double lnCells)
        {
            var left = 0;
            var ln = _constant - lnCells;
            for (var i = row; i < _rows; i++)
            {
                left += _rowLeft[i];
                ln -= _lnFactorial[_rowLeft[i]];
            }

            for (var j = 0; j < _columns; j++)
            {
                ln -= _lnFactorial[_columnLeft[j]];
            }

            var mass = Math.Exp(ln + _lnFactorial[left]);
            _sumAll += mass;
            return mass;
        }

        /// <summary>The last row takes what is left of every column.</summary>
        private bool Leaf(double lnCells)
        {
            if (++_tables > _maxTables)
            {
                return false;
            }

            var ln = _constant - lnCells;
            for (var j = 0; j < _columns; j++)
            {
                ln -= _lnFactorial[_columnLeft[j]];
            }

            var probability = Math.Exp(ln);
            _sumAll += probability;
            if (ln <= _threshold)
            {
                _sum += probability;
            }

            return true;
        }
    }
}
