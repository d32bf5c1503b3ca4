using CaseLens.Analysis.Statistics;
using CsCheck;

namespace CaseLens.Analysis.Tests.Statistics;

public sealed class PearsonChiSquareTests
{
    [Theory]
    [MemberData(nameof(ReferenceTable.Names), MemberType = typeof(ReferenceTable))]
    public void Chi_square_matches_R(string name)
    {
        var reference = ReferenceTable.Named(name);

        var result = PearsonChiSquare.Of(reference.Table);

        result.Statistic.ShouldBe(reference.ChiSquare, 1e-9 * Math.Max(1, reference.ChiSquare));
        result.DegreesOfFreedom.ShouldBe(reference.DegreesOfFreedom);
        (Math.Abs(result.PValue - reference.ChiSquareP) / reference.ChiSquareP).ShouldBeLessThan(1e-8);
    }

    [Fact]
    public void Agresti_example_gives_the_documented_statistic()
    {
        // R's ?chisq.test: X-squared = 30.07, df = 2, p-value = 2.954e-07.
        var result = PearsonChiSquare.Of(ContingencyTable.FromRows([762, 327, 468], [484, 239, 477]));

        Math.Round(result.Statistic, 2).ShouldBe(30.07);
        result.DegreesOfFreedom.ShouldBe(2);
        result.PValue.ShouldBe(2.954e-07, 0.0005e-07);
        result.HasSmallExpected.ShouldBeFalse();
    }

    [Fact]
    public void Expected_counts_are_row_total_times_column_total_over_total()
    {
        var result = PearsonChiSquare.Of(ContingencyTable.FromRows([3, 1], [1, 3]));

        result.Expected[0][0].ShouldBe(2.0);
        result.Expected[1][1].ShouldBe(2.0);
        result.HasSmallExpected.ShouldBeTrue();
    }

    [Fact]
    public void Empty_rows_are_left_out_of_the_degrees_of_freedom()
    {
        var withEmpty = PearsonChiSquare.Of(ContingencyTable.FromRows([86, 76], [0, 0], [44, 33]));
        var without = PearsonChiSquare.Of(ContingencyTable.FromRows([86, 76], [44, 33]));

        withEmpty.DegreesOfFreedom.ShouldBe(1);
        withEmpty.Statistic.ShouldBe(without.Statistic, 1e-12);
        withEmpty.PValue.ShouldBe(without.PValue, 1e-12);
    }

    [Fact]
    public void A_single_non_empty_column_has_no_degrees_of_freedom()
    {
        var result = PearsonChiSquare.Of(ContingencyTable.FromRows([5, 0], [7, 0]));

        result.DegreesOfFreedom.ShouldBe(0);
        result.PValue.ShouldBe(1.0);
    }

    [Fact]
    public void Properties_hold_for_random_tables()
    {
        Generators.Tables.Sample(table =>
        {
            var result = PearsonChiSquare.Of(table);

            result.Statistic.ShouldBeGreaterThanOrEqualTo(0);
            result.PValue.ShouldBeInRange(0, 1);
            result.Expected.Sum(row => row.Sum()).ShouldBe(table.Total, 1e-6 * Math.Max(1, table.Total));
            for (var i = 0; i < table.RowCount; i++)
            {
                result.Expected[i].Sum().ShouldBe(table.RowTotals[i], 1e-6 * Math.Max(1, table.RowTotals[i]));
            }
        });
    }
}
