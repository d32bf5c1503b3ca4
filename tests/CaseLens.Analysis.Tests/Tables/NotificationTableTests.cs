using CaseLens.Analysis.Tables;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;
using CaseLens.TestKit;
using static CaseLens.Analysis.Tests.Tables.Build;

namespace CaseLens.Analysis.Tests.Tables;

public class NotificationTableTests
{
    private static NotificationBuilder Plan(ProtectionPlan? plan) => new NotificationBuilder().With(n => n with { ProtectionPlan = plan });

    [Fact]
    public void Table7_leaves_out_unclear_plans()
    {
        var table = Table("T7", Plan(ProtectionPlan.No), Plan(ProtectionPlan.Current), Plan(ProtectionPlan.Unclear), Plan(ProtectionPlan.Unclear), Plan(null));

        table.ShouldHaveColumn(Period, 2, ("no", 1, 50), ("current", 1, 50), ("past", 0, 0));
        table.Notes["unclear"].ShouldBe(2);
        table.NotKnown[Period].ShouldBe(1);
    }

    [Fact]
    public void Table8_counts_a_case_under_every_category_of_its_plan()
    {
        var table = Table(
            "T8",
            new NotificationBuilder().WithPlan(ProtectionPlan.Current, AbuseCategory.Neglect, AbuseCategory.Physical),
            new NotificationBuilder().WithPlan(ProtectionPlan.Past, AbuseCategory.Neglect),
            new NotificationBuilder().WithPlan(ProtectionPlan.Current),
            new NotificationBuilder().WithPlan(ProtectionPlan.No));

        table.ShouldHaveCounts(Period, ("physical", 1), ("sexual", 0), ("emotional", 0), ("neglect", 2));
        table.Column(Period).N.ShouldBe(2);
        table.NotKnown[Period].ShouldBe(1);
        table.Cell("neglect", Period).Percent.ShouldBeNull();
    }

    [Fact]
    public void Table9_leaves_out_unclear_and_not_applicable()
    {
        NotificationBuilder Sibling(SiblingProtectionPlan plan) => new NotificationBuilder().With(n => n with { SiblingProtectionPlan = plan });

        var table = Table("T9", Sibling(SiblingProtectionPlan.Past), Sibling(SiblingProtectionPlan.Unclear), Sibling(SiblingProtectionPlan.NotApplicable), Sibling(SiblingProtectionPlan.NotApplicable));

        table.ShouldHaveColumn(Period, 1, ("past", 1, 100));
        table.Notes["unclear"].ShouldBe(1);
        table.Notes["not_applicable"].ShouldBe(2);
        table.NotKnown[Period].ShouldBe(0);
    }

    [Fact]
    public void Table11_leaves_out_a_status_recorded_after_the_incident()
    {
        NotificationBuilder Legal(LegalStatus status) => new NotificationBuilder().With(n => n with { LegalStatus = status });

        var table = Table("T11", Legal(LegalStatus.CareOrder), Legal(LegalStatus.PostIncident));

        table.ShouldHaveColumn(Period, 1, ("care_order", 1, 100));
        table.Notes["post_incident"].ShouldBe(1);
    }

    [Fact]
    public void Table13_counts_a_disability_caused_by_the_incident_as_no()
    {
        NotificationBuilder Disabled(Disability disability) => new NotificationBuilder().With(n => n with { Disability = disability });

        var table = Table("T13", Disabled(Disability.No), Disabled(Disability.CausedByIncident), Disabled(Disability.Yes), new NotificationBuilder());

        table.ShouldHaveColumn(Period, 3, ("no", 2, 67), ("yes", 1, 33));
        table.NotKnown[Period].ShouldBe(1);
    }

    [Fact]
    public void Percentages_round_half_away_from_zero()
    {
        // 1 of 8 is 12.5% and 3 of 8 is 37.5%.
        var cases = Enumerable.Range(0, 8).Select(i => new NotificationBuilder().Of(i < 1 ? Ethnicity.Mixed : i < 4 ? Ethnicity.Asian : Ethnicity.White)).ToArray();

        var table = Table("T4", cases);

        table.ShouldHaveColumn(Period, 8, ("mixed", 1, 13), ("asian", 3, 38), ("white", 4, 50));
    }

    [Fact]
    public void Unknown_values_are_not_known_rather_than_in_n()
    {
        var table = Table("T2", new NotificationBuilder().Aged(0), new NotificationBuilder());

        table.ShouldHaveColumn(Period, 1, ("under_1", 1, 100));
        table.NotKnown[Period].ShouldBe(1);
    }

    [Fact]
    public void Table1_includes_empty_middle_study_years()
    {
        var table = Table(
            "T1",
            new NotificationBuilder().Aged(5).On(new DateOnly(2005, 4, 1)),
            new NotificationBuilder().Aged(5).On(new DateOnly(2008, 3, 31)));

        table.ColumnKeys().ShouldBe(["2005-06", "2006-07", "2007-08"]);
        table.Column("2006-07").N.ShouldBe(0);
        table.Cell("under_1", "2006-07").Count.ShouldBe(0);
        table.Cell("under_1", "2006-07").Percent.ShouldBeNull();
    }

    [Fact]
    public void TableA1_includes_empty_middle_quarters()
    {
        var table = Table(
            "A1",
            new NotificationBuilder().On(new DateOnly(2005, 12, 31)),
            new NotificationBuilder().NotReviewed().On(new DateOnly(2006, 7, 1)));

        table.RowKeys().ShouldBe(["2005-Q4", "2006-Q1", "2006-Q2", "2006-Q3"]);
        table.ShouldHaveCounts("total", ("2005-Q4", 1), ("2006-Q1", 0), ("2006-Q2", 0), ("2006-Q3", 1));
    }

    [Fact]
    public void Quarters_and_study_years_are_counted_however_far_apart_and_in_whatever_order_the_dates_come()
    {
        NotificationBuilder[] cases =
        [
            new NotificationBuilder().Aged(5).On(new DateOnly(2005, 6, 1)),
            new NotificationBuilder().Aged(5).On(new DateOnly(1999, 12, 31)),
            new NotificationBuilder().Aged(5).On(new DateOnly(2012, 1, 1)),
            new NotificationBuilder().Aged(5).On(new DateOnly(2005, 6, 30)),
            new NotificationBuilder().Aged(5).On(new DateOnly(2000, 3, 31)),
            new NotificationBuilder().NotReviewed().On(new DateOnly(2000, 4, 1)),
            new NotificationBuilder().Aged(5).On(new DateOnly(2000, 4, 1)),
        ];
        var options = new TableOptions { PeriodLabel = Build.Period };

        var a1 = NotificationTables.Build(cases.Select(c => c.Build()).ToArray(), options).Single(t => t.Id == "A1");
        var t1 = Table("T1", cases);

        a1.RowKeys().Count.ShouldBe(((2012 - 1999) * 4) + 1 - 3);
        a1.ShouldHaveCounts("total", ("1999-Q4", 1), ("2000-Q1", 1), ("2000-Q2", 2), ("2005-Q2", 2), ("2005-Q3", 0), ("2012-Q1", 1));
        a1.ShouldHaveCounts("yes", ("2000-Q2", 1), ("2005-Q2", 2));
        t1.ColumnKeys().First().ShouldBe("1999-00");
        t1.ColumnKeys().Last().ShouldBe("2011-12");
        foreach (var (year, count) in new[] { ("1999-00", 2), ("2000-01", 1), ("2005-06", 2), ("2006-07", 0), ("2011-12", 1) })
        {
            t1.Cell("under_1", year).Count.ShouldBe(count, year);
        }
    }

    [Fact]
    public void Table3_counts_cases_of_each_gender_with_a_known_age()
    {
        var table = Table("T3", new NotificationBuilder().Of(Gender.Female).Aged(1), new NotificationBuilder().Of(Gender.Female), new NotificationBuilder().Aged(200));

        table.ShouldHaveColumn("female", 1, ("under_1", 1, 100));
        table.NotKnown["female"].ShouldBe(1);
        table.Column("male").N.ShouldBe(0);
        table.Notes["gender_not_known"].ShouldBe(1);
    }

    [Fact]
    public void Table15_gives_percentages_of_each_age_group()
    {
        var table = Table("T15", new NotificationBuilder().Aged(2).Died(), new NotificationBuilder().Aged(2).Injured(), new NotificationBuilder().Aged(2).Injured(), new NotificationBuilder().Aged(100).Died());

        table.RowPercentages.ShouldBeTrue();
        table.Cell("under_1", "death").Percent.ShouldBe(33);
        table.Cell("under_1", "serious_injury").Percent.ShouldBe(67);
        table.Cell("6_10", "death").Percent.ShouldBe(100);
        table.Column("death").N.ShouldBe(2);
        table.Column("serious_injury").N.ShouldBe(2);
    }

    [Fact]
    public void Table17_head_injury_sub_row_counts_assaulted_babies_with_head_injuries_outside_the_sum()
    {
        var table = Table(
            "T17",
            new NotificationBuilder().Aged(11).Harmed(HarmType.PhysicalAssault, headInjury: true),
            new NotificationBuilder().Aged(12).Harmed(HarmType.PhysicalAssault, headInjury: true),
            new NotificationBuilder().Aged(3).Harmed(HarmType.PhysicalAssault, headInjury: false),
            new NotificationBuilder().Aged(3).Harmed(HarmType.Neglect, headInjury: true));

        var subRow = table.Rows.Single(r => r.Key == "head_injury_under_1");
        subRow.IsSubRow.ShouldBeTrue();
        table.ShouldHaveColumn(Period, 4, ("physical_assault", 3, 75), ("head_injury_under_1", 1, 25), ("neglect", 1, 25));
    }

    [Fact]
    public void Table18_splits_suicides_from_category_E_and_counts_possible_categories_under_their_letter()
    {
        var table = Table(
            "T18",
            new NotificationBuilder().Died(DeathCategory.E).Harmed(HarmType.Suicide),
            new NotificationBuilder().Died(DeathCategory.E1).Harmed(HarmType.Suicide),
            new NotificationBuilder().Died(DeathCategory.E).Harmed(HarmType.Neglect),
            new NotificationBuilder().Died(DeathCategory.B1),
            new NotificationBuilder().Died(DeathCategory.G).Harmed(HarmType.Suicide),
            new NotificationBuilder().Died(),
            new NotificationBuilder().Injured());

        table.Cell("suicide", "count").Count.ShouldBe(2);
        table.Cell("E", "count").Count.ShouldBe(1);
        table.Cell("B", "count").Count.ShouldBe(1);
        table.Cell("G", "count").Count.ShouldBe(1);
        table.Cell("total", "count").Count.ShouldBe(5);
        table.NotKnown["count"].ShouldBe(1);
        table.Cell("suicide", "percent_of_deaths").Percent.ShouldBe(40);
        table.Cell("suicide", "percent_of_cases").Percent.ShouldBe(29);
    }

    [Fact]
    public void Table19_counts_cases_with_any_factor_as_n()
    {
        var table = Table(
            "T19",
            new NotificationBuilder().With(n => n with { ParentFactors = CodeSet<ParentFactor>.Of(ParentFactor.DomesticViolence), CaseFactors = CodeSet<CaseFactor>.Of(CaseFactor.ShakenBaby) }),
            new NotificationBuilder().With(n => n with { ChildFactors = CodeSet<ChildFactor>.Of(ChildFactor.SeriousIllness) }),
            new NotificationBuilder());

        table.Column(Period).N.ShouldBe(2);
        table.NotKnown[Period].ShouldBe(1);
        table.ShouldHaveCounts(Period, ("domestic_violence", 1), ("shaken_baby", 1), ("serious_illness", 1), ("parent_in_care", 0));
    }

    [Fact]
    public void Table21_takes_the_median_of_day_counts_then_converts()
    {
        var incident = new DateOnly(2005, 5, 1);
        NotificationBuilder Decided(int days, int? completedAfter = null) => new NotificationBuilder().On(incident)
            .Decided(incident.AddDays(days), completedAfter is { } c ? incident.AddDays(days + c) : null);

        var table = Table("T21", Decided(7).Died(), Decided(10).Died(), Decided(20, 300).Injured(), new NotificationBuilder().Died());

        var deaths = table.Cell("incident_to_decision_weeks", "death");
        deaths.N.ShouldBe(2);
        deaths.Median.ShouldBe(1.2); // 8.5 days / 7 = 1.21
        deaths.Min.ShouldBe(1.0);
        deaths.Max.ShouldBe(1.4); // 10 / 7 = 1.43
        table.Cell("incident_to_decision_weeks", "all").Median.ShouldBe(1.4); // 10 days
        var months = table.Cell("decision_to_completion_months", "serious_injury");
        months.N.ShouldBe(1);
        months.Median.ShouldBe(9.9); // 300 / 30.44 = 9.86
        table.Cell("decision_to_completion_months", "death").N.ShouldBe(0);
        table.Cell("decision_to_completion_months", "death").Median.ShouldBeNull();
    }

    [Fact]
    public void Filters_drop_cases_before_any_table()
    {
        var options = new TableOptions
        {
            PeriodLabel = Period,
            Filter = new NotificationFilter { StudyYear = new StudyYear(2005), Region = Region.London },
        };

        var table = Table(
            "T2",
            options,
            new NotificationBuilder().Aged(1).In(Region.London).On(new DateOnly(2006, 3, 31)),
            new NotificationBuilder().Aged(1).In(Region.London).On(new DateOnly(2006, 4, 1)),
            new NotificationBuilder().Aged(1).In(Region.NorthEast).On(new DateOnly(2005, 5, 1)));

        table.Column(Period).N.ShouldBe(1);
    }

    [Fact]
    public void No_cases_give_every_table_without_failing()
    {
        var tables = NotificationTables.Build([], new TableOptions());

        tables.Select(t => t.Id).ShouldBe(TableCatalog.Ids.Take(tables.Count).ToArray());
        tables.Single(t => t.Id == "T1").Columns.ShouldBeEmpty();
        tables.Single(t => t.Id == "A1").Rows.ShouldBeEmpty();
        tables.Single(t => t.Id == "T2").Cell("under_1", "cases").Percent.ShouldBeNull();
    }
}
