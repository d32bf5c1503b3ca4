using CaseLens.Analysis.Reports;
using CaseLens.Reporting.Wording;

namespace CaseLens.Reporting.Charts;

/// <summary>Reads bar values out of table cells: counts or percents, suppressed cells as empty labelled bars.</summary>
internal static class CellBars
{
    public static BarValue? Count(Cell? cell) => cell switch
    {
        null => null,
        { Suppressed: true } => new BarValue(0, CellText.SuppressedMark(cell)),
        { Count: { } c } => new BarValue(c, CellText.Whole(c)),
        _ => null,
    };

    public static BarValue? Percent(Cell? cell) => cell switch
    {
        null => null,
        { Suppressed: true } => new BarValue(0, CellText.SuppressedMark(cell)),
        { Percent: { } p } => new BarValue(p, CellText.Whole(p) + "%"),
        _ => null,
    };

    /// <summary>A count bar labelled with its percent where there is one (as the seed's Figure 3).</summary>
    public static BarValue? CountWithPercent(Cell? cell) => cell switch
    {
        { Suppressed: false, Count: { } c, Percent: { } p } => new BarValue(c, CellText.Whole(p) + "%"),
        _ => Count(cell),
    };

    public static Cell? At(ReportRow row, string columnKey) => row.Cells.TryGetValue(columnKey, out var cell) ? cell : null;

    /// <summary>A series per column that has a value of the wanted kind in at least one row.</summary>
    public static IReadOnlyList<BarSeries> PerColumn(ReportTable table, IReadOnlyList<ReportRow> rows, Func<Cell?, BarValue?> read) =>
        table.Columns
            .Select(c => new BarSeries(c.Label, rows.Select(r => read(At(r, c.Key))).ToList()))
            .Where(s => s.Values.Any(v => v is not null))
            .ToList();
}
