using CaseLens.Analysis.Reports;

namespace CaseLens.Analysis.Disclosure;

/// <summary>
/// Every number of a table that is computed from cases, as <see cref="PublishedItem"/>s: count cells,
/// percent-only cells, Table 21's statistic cells (their n), each case column's n and not-known count,
/// and the counts in the notes. Comparator columns are published figures, not cases, and are left out.
/// </summary>
public static class PublishedItems
{
    private static readonly HashSet<string> TotalColumnKeys = new(["total", "all"], StringComparer.Ordinal);

    /// <summary>The numbers of one table that are computed from cases, in table order.</summary>
    public static IEnumerable<PublishedItem> Of(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var caseColumns = table.Columns.Where(c => c.Source == ColumnSource.Cases).ToList();
        foreach (var column in caseColumns)
        {
            if (column.N is { } n)
            {
                yield return new PublishedItem(new ItemId(ItemKind.ColumnN, table.Id, string.Empty, column.Key), n, null, []);
            }
        }

        foreach (var row in table.Rows)
        {
            foreach (var column in caseColumns)
            {
                if (!row.Cells.TryGetValue(column.Key, out var cell) || cell.Suppressed)
                {
                    continue;
                }

                if (cell.Median is not null || (cell.Count is null && cell.Percent is null && cell.N is not null))
                {
                    yield return new PublishedItem(new ItemId(ItemKind.Statistic, table.Id, row.Key, column.Key), cell.N, null, []);
                }
                else if (cell.Count is not null || cell.Percent is not null)
                {
                    var kind = cell.Count is null ? ItemKind.PercentCell : ItemKind.Cell;
                    var percentBase = cell.Percent is null ? [] : PercentBase(table, row, column);
                    yield return new PublishedItem(new ItemId(kind, table.Id, row.Key, column.Key), cell.Count, cell.Percent, percentBase);
                }
            }
        }

        foreach (var (key, count) in table.NotKnown)
        {
            yield return new PublishedItem(new ItemId(ItemKind.NotKnown, table.Id, string.Empty, key), count, null, []);
        }

        foreach (var (key, count) in table.Notes)
        {
            yield return new PublishedItem(new ItemId(ItemKind.Note, table.Id, string.Empty, key), count, null, []);
        }
    }

    /// <summary>The numbers of every table of the report that are computed from cases, table by table.</summary>
    public static IEnumerable<PublishedItem> Of(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Tables.SelectMany(Of);
    }

    private static IReadOnlyList<ItemId> PercentBase(ReportTable table, ReportRow row, ReportColumn column) =>
        table.RowPercentages
            ? [.. table.Columns
                .Where(c => c.Source == ColumnSource.Cases && !TotalColumnKeys.Contains(c.Key) && row.Cells.TryGetValue(c.Key, out var cell) && cell.Count is not null)
                .Select(c => new ItemId(ItemKind.Cell, table.Id, row.Key, c.Key))]
            : column.N is null ? [] : [new ItemId(ItemKind.ColumnN, table.Id, string.Empty, column.Key)];
}
