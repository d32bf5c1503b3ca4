using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Suppression;

namespace CaseLens.Analysis.Tests.Suppression;

public sealed class SeedReportSuppressionTests
{
    private static readonly Report Suppressed = new SmallNumberSuppression(6).Apply(SeedReport.Report);

    public static TheoryData<string> TableIds()
    {
        var data = new TheoryData<string>();
        foreach (var table in SeedReport.Report.Tables)
        {
            data.Add(table.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TableIds))]
    public void No_count_from_1_to_5_is_shown(string id)
    {
        var table = Suppressed.Find(id)!;

        foreach (var column in table.Columns.Where(c => c.Source == ColumnSource.Cases))
        {
            table.Rows.ShouldAllBe(r => !r.Cells.ContainsKey(column.Key) || !(r.Cells[column.Key].Count > 0 && r.Cells[column.Key].Count < 6));
        }
    }

    [Theory]
    [MemberData(nameof(TableIds))]
    public void A_column_whose_rows_add_up_to_its_n_never_hides_just_one(string id)
    {
        var before = SeedReport.Report.Find(id)!;
        var after = Suppressed.Find(id)!;

        foreach (var column in after.Columns.Where(c => c.Source == ColumnSource.Cases && c.N is not null))
        {
            var rows = before.Rows.Where(r => !r.IsSubRow && r.Key != "total" && r.Cells.TryGetValue(column.Key, out var c) && c.Count is not null).ToList();
            if (rows.Count == 0 || before.Rows.Any(r => r.Key == "total") || rows.Sum(r => r.Cells[column.Key].Count!.Value) != column.N)
            {
                continue;
            }

            after.Rows.Where(r => rows.Any(b => b.Key == r.Key)).Count(r => r.Cells[column.Key].Suppressed).ShouldNotBe(1, $"{id} {column.Key}");
        }
    }

    [Theory]
    [MemberData(nameof(TableIds))]
    public void Comparator_cells_are_untouched(string id)
    {
        var before = SeedReport.Report.Find(id)!;
        var after = Suppressed.Find(id)!;

        foreach (var column in before.Columns.Where(c => c.Source == ColumnSource.Comparator))
        {
            for (var i = 0; i < before.Rows.Count; i++)
            {
                before.Rows[i].Cells.GetValueOrDefault(column.Key).ShouldBe(after.Rows[i].Cells.GetValueOrDefault(column.Key));
            }
        }
    }

    [Fact]
    public void The_report_records_the_threshold()
    {
        Suppressed.Provenance.Options["suppress_below"].ShouldBe("6");
        Suppressed.Tables.Count.ShouldBe(SeedReport.Report.Tables.Count);
        Suppressed.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells.Values).ShouldContain(c => c.Suppressed);
    }
}
