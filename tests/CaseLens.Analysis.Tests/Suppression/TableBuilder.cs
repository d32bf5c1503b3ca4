using CaseLens.Analysis.Reports;

namespace CaseLens.Analysis.Tests.Suppression;

/// <summary>
/// Case-count tables for suppression tests: rows of counts under case columns c0, c1 …, each column's n
/// the sum of its rows; optionally a <c>total</c> column (row sums) and a <c>total</c> row (column sums).
/// </summary>
internal static class TableBuilder
{
    public static ReportTable Counts(int[][] rows, bool totalColumn = false, bool totalRow = false, string id = "T2")
    {
        var width = rows[0].Length;
        var keys = Enumerable.Range(0, width).Select(j => $"c{j}").ToList();
        if (totalColumn)
        {
            keys.Add("total");
        }

        var values = rows.Select(r => totalColumn ? r.Append(r.Sum()).ToArray() : r).ToList();
        var columnSums = Enumerable.Range(0, keys.Count).Select(j => values.Sum(r => r[j])).ToArray();
        var reportRows = values
            .Select((r, i) => new ReportRow($"r{i}", $"Row {i}", Cells(keys, r, columnSums)))
            .ToList();
        if (totalRow)
        {
            reportRows.Add(new ReportRow("total", "Total", Cells(keys, columnSums, columnSums)));
        }

        return new ReportTable
        {
            Id = id,
            Title = "Test table",
            Columns = keys.Select((k, j) => new ReportColumn(k, k, columnSums[j])).ToList(),
            Rows = reportRows,
        };
    }

    private static Dictionary<string, Cell> Cells(List<string> keys, int[] values, int[] n) =>
        keys.Select((k, j) => (k, cell: Cell.Of(values[j], n[j] == 0 ? 0 : (int)Math.Round(100.0 * values[j] / n[j], MidpointRounding.AwayFromZero))))
            .ToDictionary(x => x.k, x => x.cell);
}
