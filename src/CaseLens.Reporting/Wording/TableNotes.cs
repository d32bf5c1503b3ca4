using System.Globalization;
using CaseLens.Analysis.Reports;

namespace CaseLens.Reporting.Wording;

/// <summary>
/// The lines printed under a table: cases not known per column, values left out by definition,
/// how to read percentages, comparator columns and the suppression mark when the table uses them.
/// </summary>
public static class TableNotes
{
    public static IReadOnlyList<string> Lines(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var lines = new List<string>();
        var notKnown = table.NotKnown.Where(kv => kv.Value > 0).Select(kv => (kv.Key, Text: Whole(kv.Value)))
            .Concat(Withheld(table, "not_known")).ToList();
        if (notKnown.Count > 0)
        {
            var parts = notKnown.Select(kv => $"{ColumnName(table, kv.Key)} {kv.Text}");
            lines.Add("Not known (left out of n): " + string.Join("; ", parts) + ".");
        }
        else if (table.NotKnown.Count > 0)
        {
            lines.Add("Not known: none.");
        }

        var notes = table.Notes.Select(kv => (kv.Key, Text: Whole(kv.Value))).Concat(Withheld(table, "notes")).ToList();
        if (notes.Count > 0)
        {
            var parts = notes.Select(kv => $"{kv.Key.Replace('_', ' ')} {kv.Text}");
            lines.Add("Left out by definition (neither in n nor not known): " + string.Join("; ", parts) + ".");
        }

        if (table.Rows.Any(r => r.Cells.Values.Any(c => c.Median is not null)))
        {
            lines.Add("Each cell: median (minimum–maximum; n = the cases it is taken over).");
        }

        if (table.RowPercentages)
        {
            lines.Add("Percentages are of each row.");
        }

        if (table.Kind == TableKind.MultiResponse)
        {
            lines.Add("A case may count in more than one row; n is the number of cases with at least one code.");
        }

        if (table.Rows.Any(r => r.IsSubRow))
        {
            var subRows = string.Join(", ", table.Rows.Where(r => r.IsSubRow).Select(r => r.Label));
            lines.Add($"Indented rows ({subRows}) are part of the row above and not added into the column's total.");
        }

        if (table.Columns.Any(c => c.Source == ColumnSource.Comparator))
        {
            lines.Add($"{ColumnHeading.ComparatorMark} Published comparison figures from a comparator file, not computed from these cases.");
        }

        if (UsesSuppression(table))
        {
            lines.Add(SuppressionLegend(table));
        }

        return lines;
    }

    /// <summary>Whether any cell, n, not-known count or note of the table is withheld.</summary>
    public static bool UsesSuppression(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Withheld.Count > 0 || table.Rows.Any(r => r.Cells.Values.Any(c => c.Suppressed));
    }

    /// <summary>What each mark the table uses stands for (see <see cref="CellText.MarkMeaning"/>).</summary>
    public static string SuppressionLegend(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var marks = table.Rows.SelectMany(r => r.Cells.Values).Where(c => c.Suppressed).Select(CellText.SuppressedMark)
            .Concat(table.Withheld.Values).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return string.Join("; ", marks.Select(m => $"“{m}”: {CellText.MarkMeaning(m)}")) + ".";
    }

    /// <summary>The report's legend: every mark its tables use and what it stands for.</summary>
    public static string ReportLegend(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var marks = report.Tables.SelectMany(t => t.Rows.SelectMany(r => r.Cells.Values).Where(c => c.Suppressed).Select(CellText.SuppressedMark).Concat(t.Withheld.Values))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return "Small numbers are withheld so that no child can be identified. "
            + string.Join("; ", marks.Select(m => $"“{m}”: {CellText.MarkMeaning(m)}")) + ".";
    }

    private static IEnumerable<(string Key, string Text)> Withheld(ReportTable table, string part) =>
        table.Withheld.Where(kv => kv.Key.StartsWith(part + "/", StringComparison.Ordinal)).Select(kv => (kv.Key[(part.Length + 1)..], kv.Value));

    private static string ColumnName(ReportTable table, string key) =>
        table.Columns.FirstOrDefault(c => c.Key == key)?.Label ?? key;

    private static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);
}
