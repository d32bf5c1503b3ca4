using CaseLens.Analysis.Statistics;
using CsCheck;

namespace CaseLens.Analysis.Tests.Statistics;

public sealed class FisherExactTestTests
{
    [Theory]
    [MemberData(nameof(ReferenceTable.Names), MemberType = typeof(ReferenceTable))]
    public void Fisher_matches_R(string name)
    {
        var reference = ReferenceTable.Named(name);

        var result = FisherExactTest.Of(reference.Table);

        result.ShouldNotBeNull();
        (Math.Abs(result.PValue - reference.FisherP) / reference.FisherP).ShouldBeLessThan(1e-7);
    }

    [Fact]
    public void Tea_tasting_gives_the_documented_p()
    {
        // R's ?fisher.test, "A British woman claimed to be able to distinguish ...": p-value = 0.4857.
        var result = FisherExactTest.Of(ContingencyTable.FromRows([3, 1], [1, 3]));

        result.ShouldNotBeNull();
        Math.Round(result.PValue, 4).ShouldBe(0.4857);
        result.TablesEnumerated.ShouldBe(5);
    }

    [Fact]
    public void Job_satisfaction_gives_the_documented_p()
    {
        // R's ?fisher.test, Agresti (2002) p. 57 job satisfaction by income: p-value = 0.7827.
        var result = FisherExactTest.Of(ContingencyTable.FromRows(
            [1, 3, 10, 6], [2, 3, 10, 7], [1, 6, 14, 12], [0, 1, 9, 11]));

        result.ShouldNotBeNull();
        Math.Round(result.PValue, 4).ShouldBe(0.7827);
    }

    [Fact]
    public void Convictions_of_twins_gives_the_documented_p()
    {
        // R's ?fisher.test, Fisher (1962) convictions of like-sex twins: p-value = 0.0005367.
        var result = FisherExactTest.Of(ContingencyTable.FromRows([2, 15], [10, 3]));

        result.ShouldNotBeNull();
        result.PValue.ShouldBe(0.0005367, 0.00000005);
    }

    [Fact]
    public void Gives_no_answer_beyond_the_enumeration_limit()
    {
        var result = FisherExactTest.Of(ContingencyTable.FromRows([86, 76], [44, 33], [18, 11], [20, 26], [21, 15]), maxTables: 1000);

        result.ShouldBeNull();
    }

    [Fact]
    public void The_p_value_of_a_table_equal_to_its_expectation_is_one()
    {
        var result = FisherExactTest.Of(ContingencyTable.FromRows([2, 2], [2, 2]));

        result.ShouldNotBeNull();
        result.PValue.ShouldBe(1.0, 1e-12);
    }

    [Fact]
    public void P_is_a_probability_and_at_least_the_observed_tables()
    {
        Generators.SmallTables.Sample(table =>
        {
            var result = FisherExactTest.Of(table);

            result.ShouldNotBeNull();
            result.PValue.ShouldBeInRange(0, 1);
            result.PValue.ShouldBeGreaterThanOrEqualTo(result.ObservedProbability * (1 - 1e-9));
        });
    }
}
