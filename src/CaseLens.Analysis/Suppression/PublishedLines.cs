using CaseLens.Analysis.Reports;

namespace CaseLens.Analysis.Suppression;

/// <summary>
/// Finds the sums a reader of a table can use to work out a hidden count: only sums that really hold in
/// the data are taken (so a multi-response table, whose cells do not add up to n, gives none).
/// <list type="bullet">
/// <item>Each case column: its rows (not sub-rows) add up to its n; with a <c>total</c> row, the rows
/// above it add up to it, and the total row with the rows below it (A6's <c>unavailable</c>) to n.</item>
/// <item>Each row of a table with two or more case count columns: the cells add up to the row's
/// <c>total</c> or <c>all</c> column where that holds; otherwise to a row total taken to be published
/// elsewhere (T3's female + male is T2's row; T15's death + serious injury also shows as row percentages),
/// unless that total is below K: the table publishing it hides it by primary suppression.</item>
/// </list>
/// </summary>
internal static class PublishedLines
{
    private static readonly string[] TotalColumnKeys = ["total", "all"];

    public static IReadOnlyList<PublishedLine> Of(ReportTable table, int threshold, Func<CellPosition, int?> countOf)
    {
        var lines = new List<PublishedLine>();
        var countColumns = Enumerable.Range(0, table.Columns.Count)
            .Where(j => table.Columns[j].Source == ColumnSource.Cases && table.Rows.Any(r => CountCell(r, table.Columns[j].Key)))
            .ToList();
        var totalRow = IndexOfRow(table, "total");
        foreach (var j in countColumns)
        {
            lines.AddRange(ColumnLines(table, j, totalRow, countOf));
        }

        var totalColumn = countColumns.FirstOrDefault(j => TotalColumnKeys.Contains(table.Columns[j].Key), -1);
        var partColumns = countColumns.Where(j => j != totalColumn).ToList();
        if (partColumns.Count < 2)
        {
            return lines;
        }

        for (var i = 0; i < table.Rows.Count; i++)
        {
            var parts = partColumns.Select(j => new CellPosition(i, j)).Where(p => countOf(p) is not null).ToList();
            if (parts.Count == 0)
            {
                continue;
            }

            var total = new CellPosition(i, totalColumn);
            if (totalColumn >= 0 && countOf(total) is { } value && value == parts.Sum(p => countOf(p)!.Value))
            {
                lines.Add(new PublishedLine(parts, total, null));
            }
            else if (parts.Sum(p => countOf(p)!.Value) >= threshold)
            {
                // A row total below K is itself hidden (primary) in the table that publishes it.
                lines.Add(new PublishedLine(parts, null, null));
            }
        }

        return lines;
    }

    private static IEnumerable<PublishedLine> ColumnLines(ReportTable table, int column, int totalRow, Func<CellPosition, int?> countOf)
    {
        var n = table.Columns[column].N;
        List<CellPosition> Rows(int from, int to) => Enumerable.Range(from, Math.Max(0, to - from))
            .Where(i => !table.Rows[i].IsSubRow && i != totalRow)
            .Select(i => new CellPosition(i, column))
            .Where(p => countOf(p) is not null)
            .ToList();
        int Sum(IEnumerable<CellPosition> cells) => cells.Sum(p => countOf(p)!.Value);

        var totalCell = new CellPosition(totalRow, column);
        if (totalRow >= 0 && countOf(totalCell) is { } total)
        {
            var above = Rows(0, totalRow);
            if (above.Count > 0 && Sum(above) == total)
            {
                yield return new PublishedLine(above, totalCell, null);
            }

            var withBelow = Rows(totalRow + 1, table.Rows.Count).Prepend(totalCell).ToList();
            if (n is { } published && Sum(withBelow) == published)
            {
                yield return new PublishedLine(withBelow, null, column);
            }

            yield break;
        }

        var all = Rows(0, table.Rows.Count);
        if (n is { } columnN && all.Count > 0 && Sum(all) == columnN)
        {
            yield return new PublishedLine(all, null, column);
        }
    }

    private static bool CountCell(ReportRow row, string key) => row.Cells.TryGetValue(key, out var cell) && cell.Count is not null;

    private static int IndexOfRow(ReportTable table, string key)
    {
        for (var i = 0; i < table.Rows.Count; i++)
        {
            if (table.Rows[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }
}
