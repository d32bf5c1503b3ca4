using CaseLens.Domain.Coding;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Validation;
using CaseLens.TestKit;

namespace CaseLens.Domain.Tests.Validation;

public class NotificationCodingTests
{
    private static Dictionary<string, string?> Minimal() => new()
    {
        ["case_id"] = "N0001",
        ["incident_date"] = "2005-04-03",
        ["scr_status"] = "no",
    };

    [Fact]
    public void A_form_with_only_the_required_cells_gives_a_notification_of_unknowns()
    {
        var result = NotificationCoding.Parse(Minimal(), TestDates.Limits);

        result.IsValid.ShouldBeTrue();
        var n = result.Value!;
        n.CaseId.ShouldBe("N0001");
        n.IncidentDate.ShouldBe(new DateOnly(2005, 4, 3));
        n.ScrStatus.ShouldBe(ScrStatus.No);
        n.Region.ShouldBeNull();
        n.Twin.ShouldBeNull();
        n.ProtectionPlanCategories.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Every_problem_of_a_row_is_reported_not_just_the_first()
    {
        var cells = Minimal();
        cells["region"] = "North East";
        cells["age_months"] = "216";
        cells["twin"] = "Y";
        cells["incident_date"] = "3 April 2005";

        var result = NotificationCoding.Parse(cells, TestDates.Limits);

        result.IsValid.ShouldBeFalse();
        result.Problems.Select(p => p.Column).ShouldBe(["incident_date", "region", "age_months", "twin"]);
    }

    [Fact]
    public void A_problem_names_the_column_the_value_and_what_was_expected()
    {
        var cells = Minimal();
        cells["region"] = "North East";

        var problem = NotificationCoding.Parse(cells, TestDates.Limits).Problems.ShouldHaveSingleItem();

        problem.Column.ShouldBe("region");
        problem.Code.ShouldBe("cell.invalid");
        problem.Message.ShouldStartWith("got \"North East\"; expected one of: north_east, north_west, yorkshire_humber");
    }

    [Theory]
    [InlineData("neglect;physical")]
    [InlineData("neglect ; physical")]
    [InlineData(" physical;neglect ")]
    public void Multi_valued_cells_ignore_spaces_around_separators(string text)
    {
        var cells = Minimal();
        cells["cp_plan"] = "current";
        cells["cp_categories"] = text;

        var n = NotificationCoding.Parse(cells, TestDates.Limits).Value!;

        n.ProtectionPlanCategories.ShouldBe(CodeSet<AbuseCategory>.Of(AbuseCategory.Physical, AbuseCategory.Neglect));
    }

    [Theory]
    [InlineData("region", "London")]
    [InlineData("death_category", "a")]
    [InlineData("scr_status", "YES")]
    public void Codes_are_case_sensitive(string column, string text)
    {
        var cells = Minimal();
        cells["incident_type"] = "death";
        cells[column] = text;

        NotificationCoding.Parse(cells, TestDates.Limits).Problems.ShouldHaveSingleItem().Column.ShouldBe(column);
    }

    [Fact]
    public void An_unreadable_column_does_not_also_fail_the_checks_that_depend_on_it()
    {
        var cells = Minimal();
        cells["incident_type"] = "died";
        cells["death_category"] = "A";

        var problems = NotificationCoding.Parse(cells, TestDates.Limits).Problems;

        problems.ShouldHaveSingleItem().Column.ShouldBe("incident_type");
    }

    [Fact]
    public void Writing_gives_the_exact_codes_in_catalogue_order()
    {
        Notification n = new NotificationBuilder()
            .WithId("X-1")
            .Aged(7)
            .Died(DeathCategory.A1)
            .WithPlan(ProtectionPlan.Current, AbuseCategory.Neglect, AbuseCategory.Sexual)
            .With(x => x with { Twin = true, LegalStatus = LegalStatus.Section20, NotificationDate = new DateOnly(2005, 6, 9) });

        var cells = NotificationCoding.Cells(n);

        NotificationCoding.Write(n).Length.ShouldBe(NotificationColumns.All.Count);
        cells["case_id"].ShouldBe("X-1");
        cells["incident_date"].ShouldBe("2005-06-01");
        cells["notification_date"].ShouldBe("2005-06-09");
        cells["age_months"].ShouldBe("7");
        cells["death_category"].ShouldBe("A1");
        cells["cp_categories"].ShouldBe("sexual;neglect");
        cells["twin"].ShouldBe("yes");
        cells["legal_status"].ShouldBe("section_20");
        cells["region"].ShouldBe(string.Empty);
    }

    [Fact]
    public void Written_cells_parse_back_to_the_same_notification()
    {
        Notification n = new NotificationBuilder()
            .Aged(200)
            .Injured()
            .Harmed(HarmType.Suicide, headInjury: false)
            .With(x => x with { Siblings = 0, BirthOrder = BirthOrder.Only, SiblingProtectionPlan = SiblingProtectionPlan.NotApplicable });

        var again = NotificationCoding.Parse(NotificationCoding.Cells(n).ToDictionary(p => p.Key, p => (string?)p.Value), TestDates.Limits);

        again.Value.ShouldBe(n);
    }

    [Fact]
    public void Catalogue_lists_each_column_once_with_the_required_ones_marked()
    {
        var names = NotificationColumns.All.Select(c => c.Name).ToList();

        names.Count.ShouldBe(34);
        names.Distinct().Count().ShouldBe(34);
        NotificationColumns.All.Where(c => c.Required).Select(c => c.Name)
            .ShouldBe(["case_id", "incident_date", "scr_status"]);
    }
}
