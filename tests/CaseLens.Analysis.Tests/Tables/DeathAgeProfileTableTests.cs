using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Tables;
using CaseLens.Domain.Notifications;
using CaseLens.TestKit;
using CsCheck;
using static CaseLens.Analysis.Tests.Tables.Build;

namespace CaseLens.Analysis.Tests.Tables;

public class DeathAgeProfileTableTests
{
    [Fact]
    public void Figure7_counts_deaths_under_their_letter_by_age_group()
    {
        var table = Table(
            "F7",
            new NotificationBuilder().Died(DeathCategory.B).Aged(3),
            new NotificationBuilder().Died(DeathCategory.B1).Aged(11),
            new NotificationBuilder().Died(DeathCategory.D1).Aged(100),
            new NotificationBuilder().Died(DeathCategory.D).Aged(12));

        table.ShouldHaveCounts("under_1", ("B", 2), ("D", 0));
        table.ShouldHaveCounts("6_10", ("D", 1), ("B", 0));
        table.ShouldHaveCounts("1_5", ("D", 1));
        table.Column("under_1").N.ShouldBe(2);
        table.Column("1_5").N.ShouldBe(1);
        table.Column("16_17").N.ShouldBe(0);
        table.Cell("B", "under_1").Percent.ShouldBeNull();
    }

    [Fact]
    public void Figure7_has_table18_rows_without_the_total_and_table2_age_groups_as_columns()
    {
        var f7 = Table("F7");

        f7.RowKeys().ShouldBe(Table("T18").RowKeys().Where(k => k != "total").ToArray());
        f7.ColumnKeys().ShouldBe(Table("T2").RowKeys());
    }

    [Fact]
    public void Figure7_splits_suicides_from_category_E()
    {
        var table = Table(
            "F7",
            new NotificationBuilder().Died(DeathCategory.E1).Aged(190).Harmed(HarmType.Suicide),
            new NotificationBuilder().Died(DeathCategory.E).Aged(30).Harmed(HarmType.Neglect),
            new NotificationBuilder().Died(DeathCategory.G).Aged(200).Harmed(HarmType.Suicide));

        table.ShouldHaveCounts("11_15", ("suicide", 1), ("E", 0));
        table.ShouldHaveCounts("1_5", ("E", 1), ("suicide", 0));
        table.ShouldHaveCounts("16_17", ("G", 1), ("suicide", 0));
    }

    [Fact]
    public void Figure7_counts_only_reviewed_deaths_with_a_category_and_notes_unknown_ages()
    {
        var table = Table(
            "F7",
            new NotificationBuilder().Died(DeathCategory.A).Aged(2).NotReviewed(),
            new NotificationBuilder().Died(DeathCategory.A).Aged(2).Excluded(Exclusion.DuplicateReport),
            new NotificationBuilder().Died().Aged(2),
            new NotificationBuilder().Injured().Aged(2),
            new NotificationBuilder().Died(DeathCategory.A),
            new NotificationBuilder().Died(DeathCategory.A).Aged(2));

        table.Columns.Sum(c => c.N).ShouldBe(1);
        table.Cell("A", "under_1").Count.ShouldBe(1);
        table.Notes["age_not_known"].ShouldBe(1);
    }

    [Fact]
    public void Figure7_follows_table18_in_report_order()
    {
        var ids = TableCatalog.Ids.ToList();

        ids.IndexOf("F7").ShouldBe(ids.IndexOf("T18") + 1);
    }

    [Fact]
    public void Figure7_rows_with_the_unknown_ages_give_table18_counts()
    {
        var categories = Enum.GetValues<DeathCategory>().Cast<DeathCategory?>().Append(null).ToArray();
        var harms = new HarmType?[] { HarmType.Suicide, HarmType.Neglect, HarmType.PhysicalAssault, null };
        var statuses = Enum.GetValues<ScrStatus>();
        var gen =
            from category in Gen.OneOf(categories)
            from harm in Gen.OneOf(harms)
            from age in Gen.Int[-1, 215]
            from died in Gen.Bool
            from status in Gen.OneOf(statuses)
            select new NotificationBuilder()
                .With(n => n with { AgeMonths = age < 0 ? null : age, ScrStatus = status, HarmType = harm })
                .With(n => died ? n with { IncidentType = IncidentType.Death, DeathCategory = category } : n)
                .Build();

        gen.List[0, 60].Sample(cases =>
        {
            var tables = NotificationTables.Build(cases, new TableOptions { PeriodLabel = Period });
            var f7 = tables.Single(t => t.Id == "F7");
            var t18 = tables.Single(t => t.Id == "T18");
            var aged = cases.Where(n => n.AgeMonths is not null).ToList();
            var t18Aged = NotificationTables.Build(aged, new TableOptions { PeriodLabel = Period }).Single(t => t.Id == "T18");

            foreach (var row in f7.Rows)
            {
                RowSum(row).ShouldBe(t18Aged.Cell(row.Key, "count").Count!.Value, row.Key);
            }

            (f7.Rows.Sum(RowSum) + f7.Notes["age_not_known"]).ShouldBe(t18.Cell("total", "count").Count!.Value);
            f7.Columns.ShouldAllBe(c => c.N == f7.Rows.Sum(r => r.Cells[c.Key].Count!.Value));
        });
    }

    private static int RowSum(ReportRow row) => row.Cells.Values.Sum(c => c.Count!.Value);
}
