using CaseLens.Analysis.Disclosure;
using CaseLens.Analysis.Reports;

namespace CaseLens.Analysis.Tests.Disclosure;

public sealed class HesPolicyTests
{
    private static DisclosedReport Hes => SeedData.ProtectedBy(DisclosurePolicy.NhsHes);

    [Fact]
    public void Every_number_shown_is_0_or_a_multiple_of_5_and_every_hidden_one_is_marked()
    {
        foreach (var table in Hes.Report.Tables)
        {
            foreach (var item in PublishedItems.Of(table).Where(i => i.Id.Kind != ItemKind.PercentCell))
            {
                (item.Count!.Value % 5).ShouldBe(0, item.Id.ToString());
            }

            foreach (var cell in table.Rows.SelectMany(r => table.Columns.Where(c => c.Source == ColumnSource.Cases).Select(c => r.Cells.GetValueOrDefault(c.Key))).OfType<Cell>().Where(c => c.Suppressed))
            {
                cell.Display.ShouldBeOneOf("*", "c");
            }

            table.Withheld.Values.ShouldAllBe(mark => mark == "*" || mark == "c");
        }
    }

    [Fact]
    public void Counts_from_1_to_7_are_hidden_as_star()
    {
        var small = Hes.Model.Items.Where(i => i.Value is > 0 and < 8).ToList();
        small.ShouldNotBeEmpty();
        small.ShouldAllBe(i => i.State == ItemState.Primary);
        var t15 = Hes.Report.Find("T15")!.Rows.Single(r => r.Key == "16_17").Cells["serious_injury"];
        t15.Display.ShouldBe("*");
    }

    [Fact]
    public void Totals_are_rounded_on_their_own_not_added_up_from_rounded_cells()
    {
        var unrounded = SeedData.Report.Report;
        var independent = 0;
        foreach (var column in Hes.Report.Tables.SelectMany(t => t.Columns.Where(c => c.Source == ColumnSource.Cases && c.N is not null).Select(c => (Table: t, Column: c))))
        {
            var trueN = unrounded.Find(column.Table.Id)!.Columns.Single(c => c.Key == column.Column.Key).N!.Value;
            column.Column.N.ShouldBe(DisclosurePolicy.NhsHes.Shown(trueN), $"{column.Table.Id} {column.Column.Key}");
            var rows = column.Table.Rows.Where(r => !r.IsSubRow && r.Key != "total").Select(r => r.Cells.GetValueOrDefault(column.Column.Key)).ToList();
            if (rows.All(c => c?.Count is not null) && rows.Sum(c => c!.Count!.Value) != column.Column.N)
            {
                independent++;
            }
        }

        // The sample has columns whose rounded cells do not add up to the rounded total: proof it is rounded on its own.
        independent.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void The_rounded_report_passes_the_LP_audit_and_records_the_policy()
    {
        Hes.Audit.Where(i => i.Pinned).ShouldBeEmpty();
        Hes.Audit.Count(i => !i.Protected).ShouldBe(Hes.Summary.Narrowed);
        Hes.Report.Provenance.Options["disclosure"].ShouldBe("nhs-hes");
        Hes.Report.Provenance.Options["disclosure_rounding"].ShouldBe("5");
        Hes.Report.Provenance.Options["disclosure_threshold"].ShouldBe("8");
    }
}
