using CaseLens.Analysis.Reports;

namespace CaseLens.Reporting.Xlsx;

/// <summary>
/// The spreadsheet columns of one report column: one per kind of number its cells hold (a count and a
/// percent side by side; Table 21's median, min, max and n), so that every number sits alone in a cell.
/// </summary>
internal sealed record SheetColumns(ReportColumn Column, IReadOnlyList<ValueKind> Kinds)
{
    public static IReadOnlyList<SheetColumns> Of(ReportTable table) =>
        table.Columns.Select(c => new SheetColumns(c, KindsOf(table, c.Key))).ToList();

    public static double? Value(Cell cell, ValueKind kind) => kind switch
    {
        ValueKind.Count => cell.Count,
        ValueKind.Percent => cell.Percent / 100.0,
        ValueKind.Median => cell.Median,
        ValueKind.Min => cell.Min,
        ValueKind.Max => cell.Max,
        ValueKind.N => cell.N,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Heading(ValueKind kind) => kind switch
    {
        ValueKind.Count => "Count",
        ValueKind.Percent => "%",
        ValueKind.Median => "Median",
        ValueKind.Min => "Min",
        ValueKind.Max => "Max",
        ValueKind.N => "n",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static IReadOnlyList<ValueKind> KindsOf(ReportTable table, string key)
    {
        var cells = table.Rows.Select(r => r.Cells.TryGetValue(key, out var c) ? c : null).OfType<Cell>().Where(c => !c.Suppressed).ToList();
        var kinds = Enum.GetValues<ValueKind>().Where(k => cells.Any(c => Value(c, k) is not null)).ToList();
        return kinds.Count == 0 ? [ValueKind.Count] : kinds;
    }
}
