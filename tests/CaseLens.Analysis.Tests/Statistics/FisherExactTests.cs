using CaseLens.Analysis.Statistics;
using CsCheck;

namespace CaseLens.Analysis.Tests.Statistics;

public sealed class FisherExactTests
{
    [Theory]
    [MemberData(nameof(ReferenceTable.Names), MemberType = typeof(ReferenceTable))]
    public void Fisher_matches_R(string name)
    {
        var reference = ReferenceTable.Named(name);

        var result = FisherExact.Of(reference.Table);

        result.ShouldNotBeNull();
        (Math.Abs(result.PValue - reference.FisherP) / reference.FisherP).ShouldBeLessThan(1e-7);
    }

    [Fact]
    public void Tea_tasting_gives_the_documented_p()
    {
        // R's ?fisher.test, "A British woman claimed to be able to distinguish ...": p-value = 0.4857.
        var result = FisherExact.Of(ContingencyTable.FromRows([3, 1], [1, 3]));

        result.ShouldNotBeNull();
        Math.Round(result.PValue, 4).ShouldBe(0.4857);
        result.TablesEnumerated.ShouldBe(5);
    }

    [Fact]
    public void Job_satisfaction_gives_the_documented_p()
    {
        // R's ?fisher.test, Agresti (2002) p. 57 job satisfaction by income: p-value = 0.7827.
        var result = FisherExact.Of(ContingencyTable.FromRows(
            [1, 3, 10, 6], [2, 3, 10, 7], [1, 6, 14, 12], [0, 1, 9, 11]));

        result.ShouldNotBeNull();
        Math.Round(result.PValue, 4).ShouldBe(0.7827);
    }

    [Fact]
    public void Convictions_of_twins_gives_the_documented_p()
    {
        // R's ?fisher.test, Fisher (1962) convictions of like-sex twins: p-value = 0.0005367.
        var result = FisherExact.Of(ContingencyTable.FromRows([2, 15], [10, 3]));

        result.ShouldNotBeNull();
        result.PValue.ShouldBe(0.0005367, 0.00000005);
    }

    [Fact]
    public void Gives_no_answer_beyond_the_enumeration_limit()
    {
        var result = FisherExact.Of(ContingencyTable.FromRows([86, 76], [44, 33], [18, 11], [20, 26], [21, 15]), maxTables: 1000);

        result.ShouldBeNull();
    }

    [Fact]
    public void The_p_value_of_a_table_equal_to_its_expectation_is_one()
    {
        var result = FisherExact.Of(ContingencyTable.FromRows([2, 2], [2, 2]));

        result.ShouldNotBeNull();
        result.PValue.ShouldBe(1.0, 1e-12);
    }

    [Fact]
    public void P_is_a_probability_and_at_least_the_observed_tables()
    {
        Generators.SmallTables.Sample(table =>
        {
            var result = FisherExact.Of(table);

            result.ShouldNotBeNull();
            result.PValue.ShouldBeInRange(0, 1);
            result.PValue.ShouldBeGreaterThanOrEqualTo(result.ObservedProbability * (1 - 1e-9));
        });
    }

    [Fact]
    public void Pruned_enumeration_agrees_with_summing_every_table()
    {
        Generators.SmallTables.Sample(table =>
        {
            var result = FisherExact.Of(table);

            result.ShouldNotBeNull();
            result.PValue.ShouldBe(NaiveP(table), 1e-9);
        }, iter: 300);
    }

    /// <summary>Every table with the margins, by brute force, with probabilities from binomial coefficients.</summary>
    private static double NaiveP(ContingencyTable table)
    {
        var rows = table.RowCount;
        var columns = table.ColumnCount;
        double LogProbability(int[,] cells)
        {
            var ln = 0.0;
            for (var i = 0; i < rows; i++)
            {
                ln += MathNet.Numerics.SpecialFunctions.FactorialLn(table.RowTotals[i]);
                for (var j = 0; j < columns; j++)
                {
                    ln -= MathNet.Numerics.SpecialFunctions.FactorialLn(cells[i, j]);
                }
            }

            for (var j = 0; j < columns; j++)
            {
                ln += MathNet.Numerics.SpecialFunctions.FactorialLn(table.ColumnTotals[j]);
            }

            return ln - MathNet.Numerics.SpecialFunctions.FactorialLn(table.Total);
        }

        var observed = new int[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                observed[i, j] = table[i, j];
            }
        }

        var limit = Math.Exp(LogProbability(observed)) * (1 + 1e-7);
        var sum = 0.0;
        var current = new int[rows, columns];
        // The (r-1) x (c-1) free cells in turn; the last row and column follow from the margins.
        void Fill(int cell)
        {
            if (cell == (rows - 1) * (columns - 1))
            {
                for (var i = 0; i < rows - 1; i++)
                {
                    var rest = table.RowTotals[i];
                    for (var j = 0; j < columns - 1; j++)
                    {
                        rest -= current[i, j];
                    }

                    current[i, columns - 1] = rest;
                }

                for (var j = 0; j < columns; j++)
                {
                    var rest = table.ColumnTotals[j];
                    for (var i = 0; i < rows - 1; i++)
                    {
                        rest -= current[i, j];
                    }

                    current[rows - 1, j] = rest;
                }

                for (var i = 0; i < rows; i++)
                {
                    for (var j = 0; j < columns; j++)
                    {
                        if (current[i, j] < 0)
                        {
                            return;
                        }
                    }
                }

                var p = Math.Exp(LogProbability(current));
                if (p <= limit)
                {
                    sum += p;
                }

                return;
            }

            var (r, c) = (cell / (columns - 1), cell % (columns - 1));
            for (var value = 0; value <= Math.Min(table.RowTotals[r], table.ColumnTotals[c]); value++)
            {
                current[r, c] = value;
                Fill(cell + 1);
            }

            current[r, c] = 0;
        }

        Fill(0);
        return Math.Min(sum, 1.0);
    }
}
