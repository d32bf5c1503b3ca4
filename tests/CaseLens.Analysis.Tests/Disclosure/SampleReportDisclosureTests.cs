using CaseLens.Analysis.Disclosure;
using CaseLens.Analysis.Reports;
using Xunit.Abstractions;

namespace CaseLens.Analysis.Tests.Disclosure;

public sealed class SampleReportDisclosureTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> IntensiveTables = ["AP2", "A6", "A7", "A8", "A9", "A10", "A11", "TM"];

    private static DisclosedReport Protected => SeedData.Protected;

    [Fact]
    public void The_whole_report_at_K6_passes_the_LP_audit()
    {
        output.WriteLine($"{Protected.Summary.Text}; selection {Protected.Summary.Selection.TotalMilliseconds:0} ms, audit {Protected.Summary.Audit.TotalMilliseconds:0} ms, atoms {SeedData.Report.Atoms.Keys.Count}");
        Protected.Audit.Count.ShouldBe(Protected.Summary.Primary);
        Protected.Audit.ShouldNotBeEmpty();
        Protected.Audit.Where(i => i.Pinned).ShouldBeEmpty();

        // Every notification table's small number keeps the whole range; only in the 40-case intensive
        // sample may a few be narrowed (never to one value), and the report says how many.
        var narrowed = Protected.Audit.Where(i => !i.Protected).ToList();
        narrowed.Count.ShouldBe(Protected.Summary.Narrowed);
        narrowed.ShouldAllBe(i => IntensiveTables.Contains(i.Item.Split(' ', 2)[0]));
        narrowed.Count.ShouldBeLessThan(Protected.Summary.Primary / 10);
    }

    [Fact]
    public void T15s_16_17_serious_injuries_can_no_longer_be_worked_out_from_T2_and_F7()
    {
        // Before: T2's 16-17 row (21) minus F7's 16-17 column n (17) gave T15's hidden 4.
        var unprotected = SeedData.Report.Report;
        unprotected.Find("T15")!.Rows.Single(r => r.Key == "16_17").Cells["serious_injury"].Count.ShouldBe(4);
        unprotected.Find("T2")!.Rows.Single(r => r.Key == "16_17").Cells["2005-07"].Count.ShouldBe(21);
        unprotected.Find("F7")!.Columns.Single(c => c.Key == "16_17").N.ShouldBe(17);

        var interval = Protected.Audit.Single(i => i.Item == "T15 cell 16_17 serious_injury");
        interval.Protected.ShouldBeTrue(interval.ToString());
        (interval.WholeMax - interval.WholeMin).ShouldBeGreaterThanOrEqualTo(2);
        var t2 = Protected.Report.Find("T2")!.Rows.Single(r => r.Key == "16_17").Cells["2005-07"];
        var f7 = Protected.Report.Find("F7")!.Columns.Single(c => c.Key == "16_17").N;
        (t2.Count is { } row && f7 is { } column && row - column == 4).ShouldBeFalse();
    }

    [Fact]
    public void No_number_from_1_to_5_is_shown_anywhere()
    {
        foreach (var table in Protected.Report.Tables)
        {
            var shown = PublishedItems.Of(table).Where(i => i.Id.Kind != ItemKind.PercentCell).Select(i => (i.Id, i.Count)).ToList();
            shown.Where(s => s.Count is > 0 and < 6).ShouldBeEmpty(table.Id);
        }
    }

    [Fact]
    public void A_small_number_shows_its_mark_and_a_cell_hidden_to_protect_it_shows_c()
    {
        var cells = Protected.Report.Tables.SelectMany(t => t.Rows.SelectMany(r => r.Cells.Select(c => (Item: new ItemId(ItemKind.Cell, t.Id, r.Key, c.Key), Cell: c.Value)))).ToList();
        var items = Protected.Model.Items.ToDictionary(i => i.Id);
        var hidden = cells.Where(c => c.Cell.Suppressed && items.ContainsKey(c.Item)).ToList();
        hidden.Where(c => items[c.Item].State == ItemState.Primary && !items[c.Item].UniformMark).ShouldAllBe(c => c.Cell.Display == "<6");
        hidden.Where(c => items[c.Item].State == ItemState.Secondary || items[c.Item].UniformMark).ShouldAllBe(c => c.Cell.Display == "c");
        hidden.ShouldContain(c => c.Cell.Display == "<6");
        hidden.ShouldContain(c => c.Cell.Display == "c");
        hidden.ShouldAllBe(c => c.Cell.Count == null && c.Cell.Percent == null);
    }

    [Fact]
    public void Comparator_cells_are_untouched()
    {
        foreach (var before in SeedData.Report.Report.Tables)
        {
            var after = Protected.Report.Find(before.Id)!;
            foreach (var column in before.Columns.Where(c => c.Source == ColumnSource.Comparator))
            {
                for (var i = 0; i < before.Rows.Count; i++)
                {
                    after.Rows[i].Cells.GetValueOrDefault(column.Key).ShouldBe(before.Rows[i].Cells.GetValueOrDefault(column.Key));
                }
            }
        }
    }

    [Fact]
    public void The_policy_its_parameters_and_the_cost_are_in_the_provenance()
    {
        var options = Protected.Report.Provenance.Options;
        options["disclosure"].ShouldBe("k=6");
        options["disclosure_threshold"].ShouldBe("6");
        options["disclosure_protection_range"].ShouldBe("2");
        options[ReportDisclosure.HiddenOption].ShouldBe(Protected.Summary.Text);
        Protected.Summary.Secondary.ShouldBeGreaterThan(0);
    }
}
