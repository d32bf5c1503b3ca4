using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Suppression;
using CsCheck;

namespace CaseLens.Analysis.Tests.Suppression;

public sealed class SuppressionPropertyTests
{
    private static readonly Gen<(ReportTable Table, int Threshold)> Tables =
        from rows in Gen.Int[1, 4]
        from columns in Gen.Int[1, 3]
        from cells in Gen.Int[0, 9].Array[rows * columns]
        from totalColumn in Gen.Bool
        from totalRow in Gen.Bool
        from threshold in Gen.Int[2, 6]
        select (TableBuilder.Counts(
            Enumerable.Range(0, rows).Select(i => cells.Skip(i * columns).Take(columns).ToArray()).ToArray(),
            totalColumn && columns >= 2,
            totalRow), threshold);

    [Fact]
    public void Every_line_with_a_hidden_cell_has_at_least_two()
    {
        Tables.Sample(input =>
        {
            var result = new SmallNumberSuppression(input.Threshold).Apply(input.Table);

            foreach (var column in result.Columns.Where(c => c.N is not null))
            {
                result.Rows.Count(r => r.Cells[column.Key].Suppressed).ShouldNotBe(1, column.Key);
            }

            // Rows add up to a total column, or to a total published elsewhere when that is at least K.
            var hasTotal = result.Columns.Any(c => c.Key == "total");
            for (var i = 0; i < result.Rows.Count && result.Columns.Count >= 2; i++)
            {
                if (hasTotal || input.Table.Rows[i].Cells.Values.Sum(c => c.Count ?? 0) >= input.Threshold)
                {
                    result.Rows[i].Cells.Values.Count(c => c.Suppressed).ShouldNotBe(1, result.Rows[i].Key);
                }
            }
        }, iter: 2000);
    }

    [Fact]
    public void Every_small_non_zero_count_is_hidden_and_shown_as_less_than_k()
    {
        Tables.Sample(input =>
        {
            var result = new SmallNumberSuppression(input.Threshold).Apply(input.Table);

            for (var i = 0; i < result.Rows.Count; i++)
            {
                foreach (var (key, cell) in input.Table.Rows[i].Cells)
                {
                    var after = result.Rows[i].Cells[key];
                    if (cell.Count is > 0 and var count && count < input.Threshold)
                    {
                        after.Suppressed.ShouldBeTrue();
                    }

                    if (after.Suppressed)
                    {
                        after.Count.ShouldBeNull();
                        after.Percent.ShouldBeNull();
                        after.Display.ShouldBe($"<{input.Threshold}");
                    }
                    else
                    {
                        after.ShouldBe(cell);
                    }
                }
            }
        }, iter: 2000);
    }

    [Fact]
    public void The_attacker_model_finds_a_count_left_alone_in_its_column()
    {
        var table = TableBuilder.Counts([[3], [40], [30]]);
        var primaryOnly = table with
        {
            Rows = [table.Rows[0] with { Cells = new Dictionary<string, Cell> { ["c0"] = new() { Suppressed = true, Display = "<6" } } }, .. table.Rows.Skip(1)],
        };

        new Disclosure(table, primaryOnly, 6).HasAlternative(0).ShouldBeFalse();
    }

    [Fact]
    public void No_hidden_count_can_be_worked_out_from_the_published_numbers()
    {
        Tables.Sample(input =>
        {
            var result = new SmallNumberSuppression(input.Threshold).Apply(input.Table);
            var disclosure = new Disclosure(input.Table, result, input.Threshold);

            for (var k = 0; k < disclosure.Hidden.Count; k++)
            {
                disclosure.HasAlternative(k).ShouldBeTrue($"cell {disclosure.Hidden[k]} is determined in\n{Dump(input.Table)}\nsuppressed as\n{Dump(result)}");
            }
        }, iter: 600);
    }

    private static string Dump(ReportTable table) =>
        string.Join(" | ", table.Columns.Select(c => $"{c.Key} n={c.N}")) + "\n" +
        string.Join("\n", table.Rows.Select(r => r.Key + ": " + string.Join(" ", table.Columns.Select(c => r.Cells[c.Key].Suppressed ? "X" : r.Cells[c.Key].Count.ToString()))));
}
