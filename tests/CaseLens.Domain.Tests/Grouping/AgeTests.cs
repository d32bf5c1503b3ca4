using CaseLens.Domain.Grouping;

namespace CaseLens.Domain.Tests.Grouping;

public class AgeTests
{
    [Theory]
    [InlineData(0, AgeGroup.Under1)]
    [InlineData(11, AgeGroup.Under1)]
    [InlineData(12, AgeGroup.From1To5)]
    [InlineData(71, AgeGroup.From1To5)]
    [InlineData(72, AgeGroup.From6To10)]
    [InlineData(131, AgeGroup.From6To10)]
    [InlineData(132, AgeGroup.From11To15)]
    [InlineData(191, AgeGroup.From11To15)]
    [InlineData(192, AgeGroup.From16To17)]
    [InlineData(215, AgeGroup.From16To17)]
    public void Age_group_boundaries_follow_the_spec(int months, AgeGroup expected) =>
        Age.GroupOf(months).ShouldBe(expected);

    [Theory]
    [InlineData(0, FineAgeBand.Month1)]
    [InlineData(1, FineAgeBand.Months2To3)]
    [InlineData(2, FineAgeBand.Months2To3)]
    [InlineData(3, FineAgeBand.Months4To6)]
    [InlineData(5, FineAgeBand.Months4To6)]
    [InlineData(6, FineAgeBand.Months7To12)]
    [InlineData(11, FineAgeBand.Months7To12)]
    [InlineData(12, FineAgeBand.Years1To3)]
    [InlineData(47, FineAgeBand.Years1To3)]
    [InlineData(48, FineAgeBand.Years4To5)]
    [InlineData(192, FineAgeBand.Years16Plus)]
    public void Fine_bands_name_the_month_of_life(int months, FineAgeBand expected) =>
        Age.FineBandOf(months).ShouldBe(expected);

    [Theory]
    [InlineData(0, EcologicalNiche.PreSchool)]
    [InlineData(71, EcologicalNiche.PreSchool)]
    [InlineData(72, EcologicalNiche.MiddleChildhood)]
    [InlineData(131, EcologicalNiche.MiddleChildhood)]
    [InlineData(132, EcologicalNiche.Adolescence)]
    [InlineData(215, EcologicalNiche.Adolescence)]
    public void Niches_split_at_6_and_11_years(int months, EcologicalNiche expected) =>
        Age.NicheOf(months).ShouldBe(expected);

    [Theory]
    [InlineData(-1)]
    [InlineData(216)]
    public void Ages_outside_0_to_215_months_are_a_bug(int months) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Age.GroupOf(months));
}
