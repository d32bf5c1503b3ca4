using MathNet.Numerics.Random;

namespace CaseLens.Analysis.Statistics;

/// <summary>
/// Fisher's test for a table too large to enumerate (<see cref="FisherExact"/> gives up): the
/// p-value estimated from random tables with the observed margins, each drawn by dealing the cases'
/// column labels, shuffled, into the rows. Reproducible: the draws come from a seeded generator
/// (xoshiro256**), so the same table gives the same p-value on every machine.
/// </summary>
public static class FisherSimulation
{
    /// <summary>Tables drawn by default: the p-value's standard error is at most 0.0016, and about 0.0007 near 0.05.</summary>
    /// <value>100,000.</value>
    public const int DefaultReplicates = 100_000;

    /// <summary>The default seed (the year of the study's report).</summary>
    public const int DefaultSeed = 2009;

    /// <summary>R's allowance for rounding when comparing a drawn table's probability with the observed one: 1 + 64 × 2⁻⁵² (<c>.Machine$double.eps</c>).</summary>
    private const double AlmostOne = 1 + (64 * 2.220446049250313e-16);

    /// <summary>Fisher's test by Monte Carlo as R's <c>fisher.test(simulate.p.value = TRUE)</c>, for tables too large to enumerate; seeded, so the same table gives the same p-value.</summary>
    public static FisherSimulatedResult Of(ContingencyTable table, int replicates = DefaultReplicates, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        var lnFactorial = LogFactorials.UpTo(table.Total);

        // A table's probability falls as Σ ln(cell!) rises, so "at most as probable" is "at least this sum".
        var observed = LogFactorials.OfCells(table, lnFactorial);

        var labels = new int[table.Total];
        var at = 0;
        for (var j = 0; j < table.ColumnCount; j++)
        {
            for (var k = 0; k < table.ColumnTotals[j]; k++)
            {
                labels[at++] = j;
            }
        }

        var random = new Xoshiro256StarStar(seed, threadSafe: false);
        var cells = new int[table.ColumnCount];
        var count = 0;
        for (var replicate = 0; replicate < replicates; replicate++)
        {
            Shuffle(labels, random);
            var sum = 0.0;
            var start = 0;
            for (var i = 0; i < table.RowCount; i++)
            {
                Array.Clear(cells);
                var end = start + table.RowTotals[i];
                for (var k = start; k < end; k++)
                {
                    cells[labels[k]]++;
                }

                foreach (var cell in cells)
                {
                    sum += lnFactorial[cell];
                }

                start = end;
            }

            // R: -sum(lfactorial(sim)) <= -sum(lfactorial(x)) / almost.1
            if (-sum <= -observed / AlmostOne)
            {
                count++;
            }
        }

        return new FisherSimulatedResult((1.0 + count) / (replicates + 1.0), replicates, count, seed);
    }

    private static void Shuffle(int[] items, Random random)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
