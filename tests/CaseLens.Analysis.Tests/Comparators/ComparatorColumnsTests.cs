using CaseLens.Analysis.Comparators;
using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Tables;
using CaseLens.Analysis.Tests.Tables;
using CaseLens.Domain.Notifications;
using CaseLens.TestKit;

namespace CaseLens.Analysis.Tests.Comparators;

public class ComparatorColumnsTests
{
    private static ReportTable Table(string id, params ComparatorFigure[] figures) =>
        NotificationTables.Build(
            [new NotificationBuilder().Aged(3).Harmed(HarmType.PhysicalAssault, headInjury: true).Died().Build()],
            new TableOptions { PeriodLabel = "now", Comparators = new ComparatorSet(figures) })
        .Single(t => t.Id == id);

    [Fact]
    public void Comparator_columns_follow_the_case_columns_in_file_order()
    {
        var table = Table("T14", new("T14", "death", "b", 1, null), new("T14", "death", "a", 2, null), new("T14", "serious_injury", "b", 3, null));

        table.ColumnKeys().ShouldBe(["now", "b", "a"]);
        table.Column("b").Source.ShouldBe(ColumnSource.Comparator);
        table.Column("now").Source.ShouldBe(ColumnSource.Cases);
    }

    [Fact]
    public void A_comparator_column_n_is_the_sum_of_its_counts_when_every_row_has_one()
    {
        var table = Table("T14", new("T14", "death", "b", 1, 10), new("T14", "serious_injury", "b", 3, 90), new("T14", "death", "a", 2, null));

        table.Column("b").N.ShouldBe(4);
        table.Column("a").N.ShouldBeNull();
        table.Cell("death", "b").ShouldBe(new Cell { Count = 1, Percent = 10 });
        table.Rows.Single(r => r.Key == "serious_injury").Cells.ContainsKey("a").ShouldBeFalse();
    }

    [Fact]
    public void A_percent_only_column_has_no_n()
    {
        var table = Table("T14", new("T14", "death", "p", null, 60), new("T14", "serious_injury", "p", null, 40));

        table.Column("p").N.ShouldBeNull();
        table.Cell("death", "p").Percent.ShouldBe(60);
    }

    [Fact]
    public void A_sub_row_is_left_out_of_the_comparator_n()
    {
        var harms = new[] { "physical_assault", "sudden_infant_death", "overlaying", "neglect", "poisoning", "sexual_abuse", "suicide", "gone_missing", "other" };
        var figures = harms.Select(h => new ComparatorFigure("T17", h, "old", 1, null)).Append(new("T17", "head_injury_under_1", "old", 5, null)).ToArray();

        var table = Table("T17", figures);

        table.Column("old").N.ShouldBe(9);
        table.Cell("head_injury_under_1", "old").Count.ShouldBe(5);
    }

    [Fact]
    public void Tables_without_figures_are_left_as_they_are()
    {
        var table = Table("T16", new ComparatorFigure("T14", "death", "b", 1, null));

        table.ColumnKeys().ShouldBe(["now"]);
    }

    [Theory]
    [InlineData("2003-05", "Frequency 2003-05")]
    [InlineData("births_2005", "Births 2005")]
    public void Headings_are_made_from_keys(string key, string heading) =>
        ComparatorColumns.Heading(key).ShouldBe(heading);
}
