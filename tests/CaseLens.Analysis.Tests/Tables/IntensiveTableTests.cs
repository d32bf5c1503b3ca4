using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Tables;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.TestKit;

namespace CaseLens.Analysis.Tests.Tables;

public class IntensiveTableTests
{
    private static ReportTable Table(string id, params IntensiveCaseBuilder[] cases) =>
        IntensiveTables.Build(cases.Select(c => c.Build()).ToArray(), new TableOptions()).Single(t => t.Id == id);

    [Fact]
    public void AppendixTwo_percentages_are_of_every_case_in_the_sample()
    {
        var table = Table(
            "AP2",
            new IntensiveCaseBuilder().With(c => c with { DomesticViolence = DomesticViolenceHistory.CurrentAndPast }),
            new IntensiveCaseBuilder().With(c => c with { DomesticViolence = DomesticViolenceHistory.Past }),
            new IntensiveCaseBuilder().With(c => c with { PaternalMentalHealth = ParentalDifficulty.PastOnly }),
            new IntensiveCaseBuilder());

        table.Cell("dv_current", "count").Count.ShouldBe(1);
        table.Cell("dv_past", "count").Count.ShouldBe(2);
        table.Cell("dv_any", "percent").Percent.ShouldBe(50);
        table.Cell("mh_either", "count").Count.ShouldBe(1);
        table.Cell("toxic_trio_any", "count").Count.ShouldBe(3);
        table.Cell("toxic_trio_any", "percent").Percent.ShouldBe(75);
    }

    [Fact]
    public void TableA6_counts_unknown_ages_only_in_all_and_empty_values_as_unavailable()
    {
        var table = Table(
            "A6",
            new IntensiveCaseBuilder().Aged(3).With(c => c with { AntenatalAttendance = AntenatalAttendance.Attended }),
            new IntensiveCaseBuilder().Aged(30).With(c => c with { AntenatalAttendance = AntenatalAttendance.Partial }),
            new IntensiveCaseBuilder().With(c => c with { AntenatalAttendance = AntenatalAttendance.Partial }),
            new IntensiveCaseBuilder().Aged(30));

        table.ShouldHaveCounts("under_1", ("attended", 1), ("total", 1), ("unavailable", 0));
        table.ShouldHaveCounts("over_1", ("partial", 1), ("total", 1), ("unavailable", 1));
        table.ShouldHaveColumn("all", 3, ("attended", 1, 33), ("partial", 2, 67), ("total", 3, 100));
        table.ShouldHaveCounts("all", ("unavailable", 1));
    }

    [Fact]
    public void TableA10_bins_admissions_and_counts_unknown_numbers_as_not_known()
    {
        IntensiveCaseBuilder Admitted(int? times) => new IntensiveCaseBuilder().Aged(140).With(c => c with { HospitalAdmissions = times });

        var table = Table("A10", Admitted(0), Admitted(3), Admitted(5), Admitted(9), Admitted(null));

        table.ShouldHaveCounts("11_17", ("0", 1), ("1", 0), ("2_3", 1), ("4_5", 1), ("6_plus", 1), ("total", 4));
        table.Column("all").N.ShouldBe(4);
        table.NotKnown["11_17"].ShouldBe(1);
        table.NotKnown["all"].ShouldBe(1);
        table.NotKnown["under_1"].ShouldBe(0);
    }

    [Fact]
    public void TableA11_counts_attendances_not_known_in_the_age_column_of_the_case()
    {
        var table = Table(
            "A11",
            new IntensiveCaseBuilder().Aged(3).With(c => c with { AeAttendances = null }),
            new IntensiveCaseBuilder().Aged(3).With(c => c with { AeAttendances = 2 }),
            new IntensiveCaseBuilder().Aged(40).With(c => c with { AeAttendances = null }));

        table.NotKnown.ShouldBe(new Dictionary<string, int> { ["under_1"] = 1, ["1_10"] = 1, ["11_17"] = 0, ["all"] = 2 });
        table.Column("all").N.ShouldBe(1);
    }

    [Fact]
    public void ThresholdMap_counts_cases_with_both_level_and_cooperation()
    {
        var table = Table(
            "TM",
            new IntensiveCaseBuilder().At(InterventionLevel.Statutory, Cooperation.Hostile),
            new IntensiveCaseBuilder().At(InterventionLevel.Universal, Cooperation.HighlyCooperative),
            new IntensiveCaseBuilder().With(c => c with { InterventionLevel = InterventionLevel.Statutory }));

        table.ShouldHaveCounts("1", ("4", 1), ("1", 0));
        table.ShouldHaveCounts("5", ("1", 1));
        table.ShouldHaveCounts("total", ("4", 1), ("3", 0), ("2", 0), ("1", 1));
        table.Notes["level_or_cooperation_not_known"].ShouldBe(1);
    }

    [Fact]
    public void Region_and_incident_type_filters_apply_to_the_sample()
    {
        var cases = new IntensiveCase[]
        {
            new IntensiveCaseBuilder().Died().In(Region.London),
            new IntensiveCaseBuilder().In(Region.London),
            new IntensiveCaseBuilder().Died().In(Region.East),
        };
        var options = new TableOptions { Filter = new NotificationFilter { Region = Region.London, IncidentType = IncidentType.Death } };

        var table = IntensiveTables.Build(cases, options).Single(t => t.Id == "AP2");

        table.Column("count").N.ShouldBe(1);
    }
}
