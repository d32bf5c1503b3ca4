using CaseLens.Analysis.Statistics;

namespace CaseLens.Analysis.Tests.Statistics;

public sealed class FisherSimulationTests
{
    [Theory]
    [MemberData(nameof(ReferenceTable.Names), MemberType = typeof(ReferenceTable))]
    public void The_simulated_p_is_within_four_standard_errors_of_Rs_exact_p(string name)
    {
        var reference = ReferenceTable.Named(name);

        var result = FisherSimulation.Of(reference.Table, replicates: 20_000);

        // The standard error of the estimate, from the exact p rather than the estimate.
        var error = Math.Sqrt(reference.FisherP * (1 - reference.FisherP) / 20_000);
        result.PValue.ShouldBe(reference.FisherP, (4 * error) + (1.0 / 20_001));
    }

    [Fact]
    public void A_table_too_large_to_enumerate_comes_close_to_Rs_exact_p()
    {
        // The seed's T17 against 2003-05 (9 x 2, n = 350): R's FEXACT, with a large workspace, gives
        // 0.000528944535730963; enumeration here stops at its limit.
        var table = ContingencyTable.FromRows([73, 81], [5, 5], [11, 6], [30, 33], [11, 7], [16, 6], [23, 14], [0, 6], [20, 3]);
        FisherExact.Of(table).ShouldBeNull();

        var result = FisherSimulation.Of(table);

        result.Replicates.ShouldBe(FisherSimulation.DefaultReplicates);
        result.PValue.ShouldBe(0.000528944535730963, 4 * Math.Sqrt(0.000528944535730963 * (1 - 0.000528944535730963) / result.Replicates));
    }

    [Fact]
    public void The_same_table_and_seed_give_the_same_p_and_another_seed_other_draws()
    {
        var table = ContingencyTable.FromRows([3, 1, 4], [1, 5, 9], [2, 6, 5]);

        var first = FisherSimulation.Of(table, replicates: 5_000, seed: 7);
        var again = FisherSimulation.Of(table, replicates: 5_000, seed: 7);
        var other = FisherSimulation.Of(table, replicates: 5_000, seed: 8);

        again.ShouldBe(first);
        other.AtMostAsProbable.ShouldNotBe(first.AtMostAsProbable);
    }

    [Fact]
    public void The_p_is_never_zero_and_counts_the_observed_table_itself()
    {
        // The most extreme table with these margins: nothing drawn is less probable, yet p > 0.
        var table = ContingencyTable.FromRows([20, 0], [0, 20]);

        var result = FisherSimulation.Of(table, replicates: 1_000);

        result.PValue.ShouldBeGreaterThan(0);
        result.PValue.ShouldBe((1.0 + result.AtMostAsProbable) / 1_001);
        result.AtMostAsProbable.ShouldBeLessThan(5);
    }
}
