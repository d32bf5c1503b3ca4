using System.Globalization;
using CaseLens.Analysis.Reports;

namespace CaseLens.Reporting.Wording;

/// <summary>
/// A column's heading with its base: "Frequency 2005-07 (n=189)"; "(n=c)" with the mark when disclosure
/// control withheld the n; no n when the column has none.
/// </summary>
public static class ColumnHeading
{
    /// <summary>The mark after a comparator column's heading; <see cref="TableNotes"/> explains it.</summary>
    public const string ComparatorMark = "†";

    public static string Label(ReportColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.Source == ColumnSource.Comparator ? column.Label + " " + ComparatorMark : column.Label;
    }

    /// <summary>"(n=189)", or empty when the column has no n.</summary>
    public static string Base(ReportColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.N is { } n ? $"(n={n.ToString(CultureInfo.InvariantCulture)})" : string.Empty;
    }

    /// <summary>"(n=189)", "(n=c)" when the table withheld it, or empty when the column has no n.</summary>
    public static string Base(ReportTable table, ReportColumn column)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(column);
        return column.N is null && table.Withheld.TryGetValue("n/" + column.Key, out var mark) ? $"(n={mark})" : Base(column);
    }

    /// <summary>Label and base on one line.</summary>
    public static string Full(ReportColumn column) => Full(column, Base(column));

    /// <summary>Label and base (or its mark, when withheld) on one line.</summary>
    public static string Full(ReportTable table, ReportColumn column) => Full(column, Base(table, column));

    private static string Full(ReportColumn column, string n)
    {
        return n.Length == 0 ? Label(column) : $"{Label(column)} {n}";
    }
}
