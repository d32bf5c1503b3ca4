using CaseLens.Analysis.Sampling;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;
using CaseLens.TestKit;
using CsCheck;

namespace CaseLens.Analysis.Tests.Sampling;

public sealed class IntensiveSampleSelectionTests
{
    /// <summary>A population like the seed's: mostly SCR cases, some not, some excluded, some unknowns.</summary>
    private static List<Notification> Population(int size, int seed)
    {
        var random = new Random(seed);
        T? Maybe<T>(T[] values)
            where T : struct => random.Next(10) == 0 ? null : values[random.Next(values.Length)];
        return Enumerable.Range(0, size).Select(i => new NotificationBuilder()
            .WithId($"C{seed}-{i:D4}")
            .Review(random.Next(5) == 0 ? ScrStatus.No : ScrStatus.Yes)
            .With(n => n with
            {
                AgeMonths = random.Next(8) == 0 ? null : random.Next(0, 216),
                IncidentType = random.Next(3) == 0 ? IncidentType.SeriousInjury : IncidentType.Death,
                Gender = Maybe(Enum.GetValues<Gender>()),
                Ethnicity = Maybe(Enum.GetValues<Ethnicity>()),
                Region = Maybe(Enum.GetValues<Region>()),
                Exclusion = random.Next(40) == 0 ? Exclusion.DuplicateReport : null,
            })
            .Build()).ToList();
    }

    private static List<Notification> ScrCases(IEnumerable<Notification> all) =>
        all.Where(n => n.ScrStatus == ScrStatus.Yes && n.Exclusion is null).ToList();

    [Fact]
    public void The_sample_has_exactly_the_size_asked_for_and_only_scr_cases()
    {
        var population = Population(477, 1);

        var sample = IntensiveSampleSelection.Select(population, 40, seed: 7);

        sample.Succeeded.ShouldBeTrue();
        sample.Cases.Count.ShouldBe(40);
        sample.Cases.Select(c => c.CaseId).Distinct().Count().ShouldBe(40);
        sample.Cases.ShouldAllBe(c => c.ScrStatus == ScrStatus.Yes && c.Exclusion == null);
    }

    [Fact]
    public void The_same_seed_and_data_give_the_same_sample()
    {
        var population = Population(300, 2);

        var first = IntensiveSampleSelection.Select(population, 30, seed: 11);
        var second = IntensiveSampleSelection.Select(Population(300, 2), 30, seed: 11);

        second.Cases.Select(c => c.CaseId).ShouldBe(first.Cases.Select(c => c.CaseId));
    }

    [Fact]
    public void The_input_order_does_not_matter()
    {
        var population = Population(300, 3);
        var shuffled = population.OrderBy(_ => Guid.NewGuid()).ToList();

        var first = IntensiveSampleSelection.Select(population, 30, seed: 5);
        var second = IntensiveSampleSelection.Select(shuffled, 30, seed: 5);

        second.Cases.Select(c => c.CaseId).ShouldBe(first.Cases.Select(c => c.CaseId));
    }

    [Fact]
    public void Different_seeds_give_different_samples()
    {
        var population = Population(300, 4);

        var first = IntensiveSampleSelection.Select(population, 30, seed: 1);
        var second = IntensiveSampleSelection.Select(population, 30, seed: 2);

        second.Cases.Select(c => c.CaseId).ShouldNotBe(first.Cases.Select(c => c.CaseId));
    }

    [Fact]
    public void Each_age_group_and_incident_type_stratum_is_within_one_of_its_proportional_share()
    {
        Gen.Select(Gen.Int[20, 200], Gen.Int[1, 60], Gen.Int, Gen.Int).Sample((size, wanted, dataSeed, seed) =>
        {
            var population = Population(size, dataSeed);
            var scr = ScrCases(population);
            var n = Math.Min(wanted, scr.Count);
            if (n == 0)
            {
                return;
            }

            var sample = IntensiveSampleSelection.Select(population, n, seed);

            sample.Cases.Count.ShouldBe(n);
            foreach (var stratum in scr.GroupBy(Key))
            {
                var proportional = (double)n * stratum.Count() / scr.Count;
                var drawn = sample.Cases.Count(c => Key(c) == stratum.Key);
                Math.Abs(drawn - proportional).ShouldBeLessThan(1.0, $"stratum {stratum.Key}");
            }
        }, iter: 200);
    }

    [Fact]
    public void Gender_is_balanced_close_to_the_population()
    {
        var population = Population(477, 6);
        var scr = ScrCases(population);

        var sample = IntensiveSampleSelection.Select(population, 40, seed: 3);

        foreach (var gender in scr.GroupBy(c => c.Gender))
        {
            var expected = 40.0 * gender.Count() / scr.Count;
            Math.Abs(sample.Cases.Count(c => c.Gender == gender.Key) - expected).ShouldBeLessThanOrEqualTo(1.5, $"{gender.Key}");
        }
    }

    [Fact]
    public void The_balance_table_compares_sample_and_population_on_each_variable()
    {
        var population = Population(200, 8);
        var scr = ScrCases(population);

        var sample = IntensiveSampleSelection.Select(population, 25, seed: 9);
        var table = sample.Balance!;

        table.Columns.Select(c => (c.Key, c.N)).ShouldBe([("population", (int?)scr.Count), ("sample", (int?)25)]);
        var female = table.Rows.Single(r => r.Key == "gender.female");
        female.Cells["population"].Count.ShouldBe(scr.Count(c => c.Gender == Gender.Female));
        female.Cells["sample"].Count.ShouldBe(sample.Cases.Count(c => c.Gender == Gender.Female));
        foreach (var variable in new[] { "age_group", "incident_type", "gender", "ethnicity", "region" })
        {
            table.Rows.Where(r => r.Key.StartsWith(variable + ".", StringComparison.Ordinal)).Sum(r => r.Cells["sample"].Count!.Value).ShouldBe(25);
        }

        table.Rows.ShouldContain(r => r.Key == "age_group.under_1");
        table.Rows.ShouldContain(r => r.Key == "region.not_known");
    }

    [Fact]
    public void A_size_beyond_the_scr_cases_is_a_problem_not_a_sample()
    {
        var population = Population(20, 10);

        var sample = IntensiveSampleSelection.Select(population, 1000, seed: 1);

        sample.Succeeded.ShouldBeFalse();
        sample.Problems.Single().Message.ShouldContain("1000");
        sample.Cases.ShouldBeEmpty();
    }

    private static string Key(Notification n) =>
        $"{(n.AgeMonths is { } m ? Age.GroupOf(m).ToString() : "?")}/{n.IncidentType}";
}
