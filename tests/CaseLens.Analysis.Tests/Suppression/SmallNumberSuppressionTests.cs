using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Suppression;

namespace CaseLens.Analysis.Tests.Suppression;

public sealed class SmallNumberSuppressionTests
{
    private static readonly SmallNumberSuppression BelowSix = new(6);

    private static Cell At(ReportTable table, string row, string column) => table.Rows.Single(r => r.Key == row).Cells[column];

    private static int HiddenIn(ReportTable table, string column) => table.Rows.Count(r => r.Cells[column].Suppressed);

    [Fact]
    public void A_small_count_is_hidden_with_the_next_smallest_in_its_column()
    {
        var table = TableBuilder.Counts([[86], [44], [18], [20], [3]]);

        var result = BelowSix.Apply(table);

        At(result, "r4", "c0").ShouldBe(new Cell { Suppressed = true, Display = "<6" });
        At(result, "r2", "c0").Suppressed.ShouldBeTrue();
        At(result, "r3", "c0").Count.ShouldBe(20);
        HiddenIn(result, "c0").ShouldBe(2);
        result.Columns[0].N.ShouldBe(171);
    }

    [Fact]
    public void Zeros_stay_visible()
    {
        var table = TableBuilder.Counts([[0], [40], [30]]);

        var result = BelowSix.Apply(table);

        At(result, "r0", "c0").Count.ShouldBe(0);
        HiddenIn(result, "c0").ShouldBe(0);
    }

    [Fact]
    public void The_second_cell_is_a_non_zero_count_where_there_is_one()
    {
        var table = TableBuilder.Counts([[0], [4], [30], [12]]);

        var result = BelowSix.Apply(table);

        At(result, "r0", "c0").Suppressed.ShouldBeFalse();
        At(result, "r3", "c0").Suppressed.ShouldBeTrue();
    }

    [Fact]
    public void Comparator_columns_are_never_suppressed()
    {
        var table = TableBuilder.Counts([[2], [40]]);
        table = table with
        {
            Columns = [.. table.Columns, new ReportColumn("2003-05", "2003-05", 10, ColumnSource.Comparator)],
            Rows = table.Rows.Select(r => r with { Cells = new Dictionary<string, Cell>(r.Cells) { ["2003-05"] = Cell.Of(5, 50) } }).ToList(),
        };

        var result = BelowSix.Apply(table);

        result.Rows.ShouldAllBe(r => r.Cells["2003-05"].Count == 5);
    }

    [Fact]
    public void A_column_with_a_single_small_count_withholds_its_n()
    {
        var table = TableBuilder.Counts([[3]]);

        var result = BelowSix.Apply(table);

        At(result, "r0", "c0").Suppressed.ShouldBeTrue();
        result.Columns[0].N.ShouldBeNull();
    }

    [Fact]
    public void Multi_response_tables_get_only_primary_suppression()
    {
        var table = TableBuilder.Counts([[3], [40], [30]]) with { Id = "T8" };
        table = table with { Columns = [table.Columns[0] with { N = 50 }] }; // cells sum to 73, not n

        var result = BelowSix.Apply(table);

        HiddenIn(result, "c0").ShouldBe(1);
        result.Columns[0].N.ShouldBe(50);
    }

    [Fact]
    public void Rows_across_two_case_columns_are_protected_too()
    {
        // T3-like: female/male by age group; rows add up to T2's published row totals.
        var table = TableBuilder.Counts([[40, 46], [20, 24], [9, 9], [2, 18], [10, 11]]);

        var result = BelowSix.Apply(table);

        foreach (var row in result.Rows)
        {
            row.Cells.Values.Count(c => c.Suppressed).ShouldNotBe(1);
        }

        HiddenIn(result, "c0").ShouldNotBe(1);
        HiddenIn(result, "c1").ShouldNotBe(1);
        At(result, "r3", "c0").Suppressed.ShouldBeTrue();
    }

    [Fact]
    public void A_row_total_column_takes_part_in_its_row()
    {
        // A1-like: no / yes / total by quarter.
        var table = TableBuilder.Counts([[3, 30], [20, 25], [18, 40]], totalColumn: true);

        var result = BelowSix.Apply(table);

        result.Rows[0].Cells.Values.Count(c => c.Suppressed).ShouldBeGreaterThanOrEqualTo(2);
        At(result, "r0", "total").Suppressed.ShouldBeFalse();
    }

    [Fact]
    public void Percent_only_cells_of_a_hidden_row_are_hidden()
    {
        // T18-like: a count column and a percent-only column.
        var table = new ReportTable
        {
            Id = "T18",
            Title = "Deaths",
            Columns = [new("count", "Number", 30), new("percent_of_deaths", "%", 30)],
            Rows =
            [
                new("A", "A", new Dictionary<string, Cell> { ["count"] = Cell.Of(2), ["percent_of_deaths"] = new() { Percent = 7 } }),
                new("B", "B", new Dictionary<string, Cell> { ["count"] = Cell.Of(10), ["percent_of_deaths"] = new() { Percent = 33 } }),
                new("C", "C", new Dictionary<string, Cell> { ["count"] = Cell.Of(18), ["percent_of_deaths"] = new() { Percent = 60 } }),
                new("total", "Total", new Dictionary<string, Cell> { ["count"] = Cell.Of(30), ["percent_of_deaths"] = new() { Percent = 100 } }),
            ],
        };

        var result = BelowSix.Apply(table);

        At(result, "A", "percent_of_deaths").Suppressed.ShouldBeTrue();
        At(result, "A", "percent_of_deaths").Percent.ShouldBeNull();
        At(result, "B", "count").Suppressed.ShouldBeTrue();
        At(result, "B", "percent_of_deaths").Suppressed.ShouldBeTrue();
        At(result, "C", "percent_of_deaths").Percent.ShouldBe(60);
        At(result, "total", "count").Count.ShouldBe(30);
    }

    [Fact]
    public void Statistics_over_fewer_than_k_cases_are_hidden()
    {
        var table = new ReportTable
        {
            Id = "T21",
            Title = "Times",
            Columns = [new("death", "Death", null), new("all", "All", null)],
            Rows =
            [
                new("weeks", "Weeks", new Dictionary<string, Cell>
                {
                    ["death"] = new() { Median = 3, Min = 1, Max = 9, N = 4 },
                    ["all"] = new() { Median = 5, Min = 1, Max = 20, N = 40 },
                }),
            ],
        };

        var result = BelowSix.Apply(table);

        At(result, "weeks", "death").Suppressed.ShouldBeTrue();
        At(result, "weeks", "death").Median.ShouldBeNull();
        At(result, "weeks", "all").Median.ShouldBe(5);
    }

    [Fact]
    public void A_report_records_the_threshold_as_an_option()
    {
        var report = new Report
        {
            Tables = [TableBuilder.Counts([[3], [40]])],
            Provenance = new Provenance
            {
                PeriodLabel = "2005-07",
                DataSetHash = "00",
                Filters = new Dictionary<string, string>(),
                Options = new Dictionary<string, string>(),
                Version = "0.1.0",
                GeneratedAt = DateTimeOffset.UnixEpoch,
            },
        };

        var result = new SmallNumberSuppression(10).Apply(report);

        result.Provenance.Options["suppress_below"].ShouldBe("10");
        At(result.Tables[0], "r0", "c0").Display.ShouldBe("<10");
    }

    [Fact]
    public void A_bridge_between_two_protected_blocks_is_not_left_determined()
    {
        // Two 2x2 blocks of small counts joined through one row: the line rule alone could leave a cell
        // that all the sums together pin down.
        var table = TableBuilder.Counts([[2, 3, 50, 60], [4, 2, 50, 60], [40, 50, 3, 2], [40, 50, 4, 3]]);

        var result = BelowSix.Apply(table);
        var disclosure = new Disclosure(table, result, 6);

        Enumerable.Range(0, disclosure.Hidden.Count).ShouldAllBe(k => disclosure.HasAlternative(k));
    }

    [Fact]
    public void A_long_quarterly_table_of_small_counts_is_protected_line_by_line()
    {
        // A1-like over ten years: 40 quarters of no / yes / undetermined with a total column.
        var random = new Random(12);
        var rows = Enumerable.Range(0, 40).Select(_ => new[] { random.Next(0, 30), random.Next(0, 30), random.Next(0, 8) }).ToArray();
        var table = TableBuilder.Counts(rows, totalColumn: true);

        var result = BelowSix.Apply(table);

        result.Rows.ShouldAllBe(r => r.Cells.Values.Count(c => c.Suppressed) != 1);
        foreach (var column in result.Columns.Where(c => c.N is not null))
        {
            HiddenIn(result, column.Key).ShouldNotBe(1);
        }
    }
}
