using System.Globalization;
using CaseLens.Analysis.Reports;

namespace CaseLens.Analysis.Tables;

/// <summary>Turns rows and counted columns into a <see cref="ReportTable"/> with column percentages.</summary>
internal static class TableShape
{
    public static ReportTable Build(
        string id,
        string title,
        IReadOnlyList<RowSpec> rows,
        IReadOnlyList<ColumnCounts> columns,
        IReadOnlyDictionary<string, int>? notes = null)
    {
        var reportColumns = new List<ReportColumn>(columns.Count);
        var cells = rows.Select(_ => new Dictionary<string, Cell>(StringComparer.Ordinal)).ToArray();
        var notKnown = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            if (column.Counts.Count != rows.Count)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Column {column.Key} of {id} has {column.Counts.Count} counts for {rows.Count} rows."), nameof(columns));
            }

            var n = column.N ?? SumOfMainRows(rows, column.Counts);
            reportColumns.Add(new ReportColumn(column.Key, column.Label, n));
            for (var i = 0; i < rows.Count; i++)
            {
                var count = column.Counts[i];
                cells[i][column.Key] = Cell.Of(count, column.Percents ? Percent.Of(count, n) : null);
            }

            if (column.NotKnown is { } unknown)
            {
                notKnown[column.Key] = unknown;
            }
        }

        return new ReportTable
        {
            Id = id,
            Title = title,
            Columns = reportColumns,
            Rows = rows.Select((row, i) => new ReportRow(row.Key, row.Label, cells[i], row.Kind)).ToArray(),
            NotKnown = notKnown,
            Notes = notes ?? new Dictionary<string, int>(),
        };
    }

    /// <summary>A table with one case column, the period's.</summary>
    public static ReportTable Period(
        string id,
        string title,
        string periodLabel,
        IReadOnlyList<RowSpec> rows,
        IReadOnlyList<int> counts,
        int notKnown,
        IReadOnlyDictionary<string, int>? notes = null,
        int? n = null,
        bool percents = true) =>
        Build(id, title, rows, [new ColumnCounts(periodLabel, PeriodHeading(periodLabel), counts, notKnown, n, percents)], notes);

    public static string PeriodHeading(string periodLabel) => $"Frequency {periodLabel}";

    private static int SumOfMainRows(IReadOnlyList<RowSpec> rows, IReadOnlyList<int> counts)
    {
        var sum = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if (!rows[i].IsSubRow)
            {
                sum += counts[i];
            }
        }

        return sum;
    }
}
