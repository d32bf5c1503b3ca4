using CaseLens.Domain.Coding;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Provenance;
using CaseLens.Domain.Validation;
using CaseLens.TestKit;

namespace CaseLens.Domain.Tests.Validation;

public class HealthMarkerRulesTests
{
    private static readonly IntensiveCase Valid = new() { CaseId = "I01", IncidentType = IncidentType.Death };

    private static ParseResult<IntensiveCase> Parse(params (string Column, string Text)[] cells)
    {
        var row = new Dictionary<string, string?> { ["case_id"] = "I01", ["incident_type"] = "death" };
        foreach (var (column, text) in cells)
        {
            row[column] = text;
        }

        return IntensiveCoding.Parse(row);
    }

    [Fact]
    public void No_information_is_a_coded_answer_and_an_empty_cell_is_not_yet_coded()
    {
        var coded = Parse(("school_nurse", "no_information"), ("mother_primary_care_history", "no_information"), ("health_needs", "no_information")).Value!;
        var empty = Parse(("school_nurse", ""), ("mother_primary_care_history", "")).Value!;

        coded.SchoolNurse.ShouldBe(ServiceContact.NoInformation);
        coded.MotherPrimaryCareHistory.ShouldBe(ParentServiceUse.NoInformation);
        coded.HealthNeeds.ShouldBe(CodeSet<HealthNeed>.Of(HealthNeed.NoInformation));
        empty.SchoolNurse.ShouldBeNull();
        empty.MotherPrimaryCareHistory.ShouldBeNull();
        empty.HealthNeeds.IsEmpty.ShouldBeTrue();
        IntensiveCoding.Cells(coded)["school_nurse"].ShouldBe("no_information");
        IntensiveCoding.Cells(empty)["school_nurse"].ShouldBe(string.Empty);
    }

    [Fact]
    public void A_parent_marker_no_is_not_no_information()
    {
        Parse(("father_mental_health_care_at_incident", "no")).Value!.FatherMentalHealthCareAtIncident.ShouldBe(ParentServiceUse.No);
        Parse(("father_mental_health_care_at_incident", "unknown")).Problems.ShouldHaveSingleItem().Column.ShouldBe("father_mental_health_care_at_incident");
    }

    [Theory]
    [InlineData("health_needs", "none;disability", true)]
    [InlineData("health_needs", "disability;no_information", true)]
    [InlineData("health_needs", "disability;chronic_illness", false)]
    [InlineData("health_needs", "none", false)]
    [InlineData("urgent_care", "ambulance;none", true)]
    [InlineData("urgent_care", "nhs_direct;ambulance", false)]
    public void None_and_no_information_stand_alone(string column, string text, bool broken)
    {
        var problems = Parse((column, text)).Problems;

        problems.Any(p => p.Column == column).ShouldBe(broken);
    }

    [Theory]
    [InlineData(119, false)]
    [InlineData(120, true)]
    [InlineData(null, false)]
    public void Child_under_ten_only_fits_a_child_under_120_months(int? months, bool broken)
    {
        var c = Valid with { AgeMonths = months, AdmissionsEarlier = EarlierContact.ChildUnderTen, AeEarlier = EarlierContact.ChildUnderTen };

        var problems = IntensiveRules.Check(c);

        problems.Select(p => p.Column).ShouldBe(broken ? ["admissions_earlier", "ae_earlier"] : []);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(null, false)]
    public void No_other_child_needs_a_household_of_one_child(int? children, bool broken)
    {
        var c = Valid with { HouseholdChildren = children, HvContactOtherChild = SiblingContact.NoOtherChild, MidwifeContactOtherChild = SiblingContact.NoOtherChild };

        IntensiveRules.Check(c).Select(p => p.Column).ShouldBe(broken ? ["hv_contact_other_child", "midwife_contact_other_child"] : []);
    }

    [Fact]
    public void The_full_record_keeps_every_rule()
    {
        IntensiveRules.Check(FullRecords.IntensiveCase("I1")).ShouldBeEmpty();
    }

    [Fact]
    public void A_case_without_health_markers_keeps_its_canonical_line()
    {
        var line = new System.Text.StringBuilder();
        CanonicalText.AppendLine(Valid, line);

        // The line every data set hash before the health markers was made from.
        line.ToString().ShouldBe("3:I01|death||||||||||||||||||||||||||||\n");
    }

    [Fact]
    public void A_case_with_one_health_marker_hashes_apart_from_one_without()
    {
        var with = Valid with { Dat = ServiceContact.NoInformation };

        DataSetHash.Of([], [with]).ShouldNotBe(DataSetHash.Of([], [Valid]));
    }
}
