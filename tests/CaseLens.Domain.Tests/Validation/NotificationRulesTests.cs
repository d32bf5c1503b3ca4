using CaseLens.Domain.Notifications;
using CaseLens.Domain.Validation;
using CaseLens.TestKit;

namespace CaseLens.Domain.Tests.Validation;

public class NotificationRulesTests
{
    [Fact]
    public void A_builder_default_keeps_every_rule()
    {
        NotificationRules.Check(new NotificationBuilder(), TestDates.Limits).ShouldBeEmpty();
    }

    [Fact]
    public void Death_category_is_only_for_a_death()
    {
        Notification n = new NotificationBuilder().Injured().With(x => x with { DeathCategory = DeathCategory.C });

        var problem = NotificationRules.Check(n, TestDates.Limits).ShouldHaveSingleItem();

        problem.Column.ShouldBe("death_category");
        problem.Message.ShouldContain("serious_injury");
    }

    [Theory]
    [InlineData(ProtectionPlan.No, true)]
    [InlineData(ProtectionPlan.Unclear, true)]
    [InlineData(ProtectionPlan.Current, false)]
    [InlineData(ProtectionPlan.Past, false)]
    public void Plan_categories_need_a_current_or_past_plan(ProtectionPlan plan, bool broken)
    {
        Notification n = new NotificationBuilder().WithPlan(plan, AbuseCategory.Neglect);

        NotificationRules.Check(n, TestDates.Limits).Any(p => p.Column == "cp_categories").ShouldBe(broken);
    }

    [Theory]
    [InlineData(null, BirthOrder.Only, SiblingProtectionPlan.NotApplicable, 0)]
    [InlineData(0, BirthOrder.Only, SiblingProtectionPlan.NotApplicable, 0)]
    [InlineData(0, null, null, 0)]
    [InlineData(3, BirthOrder.Only, null, 1)]
    [InlineData(3, null, SiblingProtectionPlan.NotApplicable, 1)]
    [InlineData(0, BirthOrder.Youngest, SiblingProtectionPlan.No, 2)]
    [InlineData(2, BirthOrder.Youngest, SiblingProtectionPlan.Current, 0)]
    public void Only_child_codes_and_a_sibling_count_of_zero_go_together(
        int? siblings, BirthOrder? order, SiblingProtectionPlan? plan, int problems)
    {
        Notification n = new NotificationBuilder().With(x => x with
        {
            Siblings = siblings,
            BirthOrder = order,
            SiblingProtectionPlan = plan,
        });

        NotificationRules.Check(n, TestDates.Limits).Count.ShouldBe(problems);
    }

    [Fact]
    public void Review_dates_run_incident_then_decision_then_completion()
    {
        Notification n = new NotificationBuilder()
            .On(new DateOnly(2006, 1, 10))
            .Decided(new DateOnly(2006, 1, 9), new DateOnly(2006, 1, 8));

        var problems = NotificationRules.Check(n, TestDates.Limits);

        problems.Select(p => p.Column).ShouldBe(["scr_decision_date", "scr_completed_date"]);
        problems[0].Message.ShouldEndWith("must not be before incident_date (2006-01-10)");
        problems[1].Message.ShouldEndWith("must not be before scr_decision_date (2006-01-09)");
    }

    [Fact]
    public void Dates_on_the_same_day_are_in_order()
    {
        var day = new DateOnly(2006, 1, 10);
        Notification n = new NotificationBuilder().On(day).Decided(day, day).With(x => x with { NotificationDate = day });

        NotificationRules.Check(n, TestDates.Limits).ShouldBeEmpty();
    }

    [Fact]
    public void A_review_needs_its_incident_type()
    {
        Notification n = new NotificationBuilder().With(x => x with { IncidentType = null });

        NotificationRules.Check(n, TestDates.Limits).ShouldHaveSingleItem().Column.ShouldBe("incident_type");
        NotificationRules.Check(new NotificationBuilder().NotReviewed().With(x => x with { IncidentType = null }), TestDates.Limits)
            .ShouldBeEmpty();
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    [InlineData(215, false)]
    [InlineData(216, true)]
    public void Age_is_0_to_215_months(int months, bool broken)
    {
        NotificationRules.Check(new NotificationBuilder().Aged(months), TestDates.Limits).Any().ShouldBe(broken);
    }

    [Theory]
    [InlineData("a", false)]
    [InlineData("N_0001-b", false)]
    [InlineData("", true)]
    [InlineData("has space", true)]
    [InlineData("é", true)]
    public void Case_ids_are_1_to_40_plain_characters(string id, bool broken)
    {
        NotificationRules.Check(new NotificationBuilder().WithId(id), TestDates.Limits).Any().ShouldBe(broken);
    }

    [Fact]
    public void Case_id_of_40_characters_is_allowed_and_41_is_not()
    {
        NotificationRules.Check(new NotificationBuilder().WithId(new string('a', 40)), TestDates.Limits).ShouldBeEmpty();
        NotificationRules.Check(new NotificationBuilder().WithId(new string('a', 41)), TestDates.Limits).ShouldHaveSingleItem();
    }

    [Fact]
    public void Long_free_text_is_reported_by_its_length_never_by_its_content()
    {
        Notification n = new NotificationBuilder().With(x => x with { CaseOutline = new string('s', 20_001) });

        var problem = NotificationRules.Check(n, TestDates.Limits).ShouldHaveSingleItem();

        problem.Message.ShouldNotContain("sss");
        problem.Message.ShouldContain("20,001 characters");
    }
}
