using MathNet.Numerics;

namespace CaseLens.Analysis.Statistics;

/// <summary>
/// ln(k!) for k = 0 … a table's total, looked up rather than computed in the inner loops of Fisher's
/// test; a table's probability with fixed margins falls as the sum of ln(cell!) over its cells rises.
/// </summary>
internal static class LogFactorials
{
    /// <summary>ln(k!) for k = 0 … <paramref name="total"/>.</summary>
    public static double[] UpTo(int total)
    {
        var table = new double[total + 1];
        for (var k = 0; k <= total; k++)
        {
            table[k] = SpecialFunctions.FactorialLn(k);
        }

        return table;
    }

    /// <summary>Σ ln(cell!) over every cell of <paramref name="table"/>.</summary>
    public static double OfCells(ContingencyTable table, double[] lnFactorial)
    {
        var sum = 0.0;
        for (var i = 0; i < table.RowCount; i++)
        {
            for (var j = 0; j < table.ColumnCount; j++)
            {
                sum += lnFactorial[table[i, j]];
            }
        }

        return sum;
    }
}
