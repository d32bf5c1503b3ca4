using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Validation;
using CaseLens.TestKit;

namespace CaseLens.Domain.Tests.Validation;

public class IntensiveRulesTests
{
    private static readonly IntensiveCase Valid = new() { CaseId = "I01", IncidentType = IncidentType.Death };

    [Theory]
    [InlineData(PlanHistory.Current, CscInvolvement.No, true)]
    [InlineData(PlanHistory.Past, CscInvolvement.No, true)]
    [InlineData(PlanHistory.Past, CscInvolvement.Past, false)]
    [InlineData(PlanHistory.No, CscInvolvement.No, false)]
    public void A_plan_needs_the_family_known_to_social_care(PlanHistory plan, CscInvolvement known, bool broken)
    {
        var c = Valid with { ProtectionPlan = plan, KnownToCsc = known };

        IntensiveRules.Check(c).Any(p => p.Column == "cp_plan").ShouldBe(broken);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(null, false)]
    public void Too_young_for_checks_only_under_three_months(int? months, bool broken)
    {
        var c = Valid with { DevelopmentChecks = DevelopmentChecks.TooYoung, AgeMonths = months };

        IntensiveRules.Check(c).Any().ShouldBe(broken);
    }

    [Fact]
    public void A_builder_default_keeps_every_rule()
    {
        IntensiveRules.Check(new IntensiveCaseBuilder().Aged(1).WithPlan(PlanHistory.Current)).ShouldBeEmpty();
    }

    [Fact]
    public void A_household_has_at_least_one_child()
    {
        IntensiveRules.Check(Valid with { HouseholdChildren = 0 }).ShouldHaveSingleItem().Column.ShouldBe("household_children");
        IntensiveRules.Check(Valid with { HouseholdChildren = 1 }).ShouldBeEmpty();
    }

    [Fact]
    public void Parse_reads_numeric_codes_and_reports_every_problem()
    {
        var result = IntensiveCoding.Parse(new Dictionary<string, string?>
        {
            ["case_id"] = "I02",
            ["incident_type"] = "serious_injury",
            ["intervention_level"] = "4",
            ["cooperation"] = "6",
            ["hospital_admissions"] = "-3",
        });

        result.Problems.Select(p => p.Column).ShouldBe(["hospital_admissions", "cooperation"]);
    }

    [Fact]
    public void Written_cells_parse_back_to_the_same_case()
    {
        var c = Valid with
        {
            InterventionLevel = InterventionLevel.ComplexNeeds,
            Cooperation = Cooperation.HighlyCooperative,
            MaternalMentalHealth = ParentalDifficulty.PastOnly,
            FrequentMoves = false,
            AeAttendances = 4,
        };

        var cells = IntensiveCoding.Cells(c);

        cells["intervention_level"].ShouldBe("3");
        cells["cooperation"].ShouldBe("5");
        cells["maternal_mental_health"].ShouldBe("past_only");
        IntensiveCoding.Parse(cells.ToDictionary(p => p.Key, p => (string?)p.Value)).Value.ShouldBe(c);
    }
}
