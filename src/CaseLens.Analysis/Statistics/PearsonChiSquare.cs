using MathNet.Numerics;

namespace CaseLens.Analysis.Statistics;

/// <summary>Pearson's chi-square test of independence (no continuity correction).</summary>
public static class PearsonChiSquare
{
    /// <summary>
    /// Tests independence of rows and columns. Rows and columns whose total is zero are left out of
    /// the statistic and the degrees of freedom (their expected counts are 0); a table with fewer than
    /// two non-empty rows or columns has 0 degrees of freedom, statistic 0 and p 1.
    /// </summary>
    public static ChiSquareResult Of(ContingencyTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var expected = new double[table.RowCount][];
        var statistic = 0.0;
        var small = false;
        for (var i = 0; i < table.RowCount; i++)
        {
            expected[i] = new double[table.ColumnCount];
            for (var j = 0; j < table.ColumnCount; j++)
            {
                if (table.Total == 0 || table.RowTotals[i] == 0 || table.ColumnTotals[j] == 0)
                {
                    continue;
                }

                var e = (double)table.RowTotals[i] * table.ColumnTotals[j] / table.Total;
                expected[i][j] = e;
                var difference = table[i, j] - e;
                statistic += difference * difference / e;
                small |= e < ChiSquareResult.SmallExpected;
            }
        }

        var rows = table.RowTotals.Count(t => t > 0);
        var columns = table.ColumnTotals.Count(t => t > 0);
        var df = Math.Max(rows - 1, 0) * Math.Max(columns - 1, 0);
        var p = df == 0 ? 1.0 : UpperTail(df, statistic);
        return new ChiSquareResult(df == 0 ? 0 : statistic, df, p, expected, small);
    }

    /// <summary>P(X ≥ x) for X chi-square with <paramref name="df"/> degrees of freedom, accurate in the far tail.</summary>
    internal static double UpperTail(int df, double x) =>
        x <= 0 ? 1.0 : Math.Clamp(SpecialFunctions.GammaUpperRegularized(df / 2.0, x / 2.0), 0.0, 1.0);
}
