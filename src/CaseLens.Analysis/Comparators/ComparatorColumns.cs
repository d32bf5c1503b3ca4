using System.Text.RegularExpressions;
using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Tables;

namespace CaseLens.Analysis.Comparators;

/// <summary>
/// Appends comparator columns after a table's case columns: one column per comparator column
/// name, in the order the file first names it; each cell is what the file gives; the column's
/// n is the sum of its counts over the table's rows (sub-rows aside) when every such row has a
/// count, else null.
/// </summary>
public static partial class ComparatorColumns
{
    /// <summary>Every table with the comparator columns the set names for it; the tables as they are when the set is empty.</summary>
    public static IReadOnlyList<ReportTable> AppendAll(IReadOnlyList<ReportTable> tables, ComparatorSet comparators)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(comparators);
        return comparators.Figures.Count == 0 ? tables : tables.Select(t => Append(t, comparators)).ToArray();
    }

    /// <summary>The table with the set's comparator columns for its id appended; the table itself when the set has none for it.</summary>
    public static ReportTable Append(ReportTable table, ComparatorSet comparators)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(comparators);
        var figures = comparators.For(table.Id);
        if (figures.Count == 0)
        {
            return table;
        }

        var columnKeys = figures.Select(f => f.Column).Distinct(StringComparer.Ordinal).ToArray();
        var clash = columnKeys.FirstOrDefault(k => table.Columns.Any(c => c.Key == k));
        if (clash is not null)
        {
            throw new ArgumentException($"Comparator column '{clash}' of {table.Id} has the key of a case column.", nameof(comparators));
        }

        var cells = table.Rows.ToDictionary(r => r.Key, r => new Dictionary<string, Cell>(r.Cells, StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var figure in figures)
        {
            if (cells.TryGetValue(figure.Row, out var row))
            {
                row[figure.Column] = new Cell { Count = figure.Count, Percent = figure.Percent };
            }
        }

        var columns = table.Columns.ToList();
        foreach (var key in columnKeys)
        {
            var mainRows = table.Rows.Where(r => !r.IsSubRow).ToArray();
            var complete = mainRows.Length > 0 && mainRows.All(r => cells[r.Key].TryGetValue(key, out var cell) && cell.Count is not null);
            int? n = complete ? mainRows.Sum(r => cells[r.Key][key].Count!.Value) : null;
            columns.Add(new ReportColumn(key, Heading(key), n, ColumnSource.Comparator));
        }

        return table with
        {
            Columns = columns,
            Rows = table.Rows.Select(r => r with { Cells = cells[r.Key] }).ToArray(),
        };
    }

    /// <summary>"Frequency 2003-05" for a period key; otherwise the key in words.</summary>
    public static string Heading(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (PeriodKey().IsMatch(key))
        {
            return TableShape.PeriodHeading(key);
        }

        var words = key.Replace('_', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex(@"^\d{4}-\d{2}$")]
    private static partial Regex PeriodKey();
}
