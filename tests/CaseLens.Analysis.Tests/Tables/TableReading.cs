using CaseLens.Analysis.Reports;

namespace CaseLens.Analysis.Tests.Tables;

/// <summary>Reading cells and columns of a table in tests.</summary>
internal static class TableReading
{
    public static Cell Cell(this ReportTable table, string row, string column)
    {
        var found = table.Rows.SingleOrDefault(r => r.Key == row)
            ?? throw new ShouldAssertException($"{table.Id} has no row '{row}'; rows: {string.Join(' ', table.Rows.Select(r => r.Key))}");
        return found.Cells.TryGetValue(column, out var cell)
            ? cell
            : throw new ShouldAssertException($"{table.Id} row '{row}' has no cell in column '{column}'");
    }

    public static ReportColumn Column(this ReportTable table, string key) =>
        table.Columns.SingleOrDefault(c => c.Key == key)
            ?? throw new ShouldAssertException($"{table.Id} has no column '{key}'; columns: {string.Join(' ', table.Columns.Select(c => c.Key))}");

    /// <summary>Checks a column against expected (row, count, percent) triples and its n.</summary>
    public static void ShouldHaveColumn(this ReportTable table, string column, int n, params (string Row, int Count, int? Percent)[] expected)
    {
        table.Column(column).N.ShouldBe(n, $"{table.Id} column {column} n");
        foreach (var (row, count, percent) in expected)
        {
            var cell = table.Cell(row, column);
            cell.Count.ShouldBe(count, $"{table.Id} {row}/{column} count");
            cell.Percent.ShouldBe(percent, $"{table.Id} {row}/{column} percent");
        }
    }

    /// <summary>Checks counts only (multi-response tables and count grids).</summary>
    public static void ShouldHaveCounts(this ReportTable table, string column, params (string Row, int Count)[] expected)
    {
        foreach (var (row, count) in expected)
        {
            table.Cell(row, column).Count.ShouldBe(count, $"{table.Id} {row}/{column} count");
        }
    }

    public static IReadOnlyList<string> RowKeys(this ReportTable table) => table.Rows.Select(r => r.Key).ToArray();

    public static IReadOnlyList<string> ColumnKeys(this ReportTable table) => table.Columns.Select(c => c.Key).ToArray();
}
