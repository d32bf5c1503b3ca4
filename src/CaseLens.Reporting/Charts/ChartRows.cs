using CaseLens.Analysis.Reports;

namespace CaseLens.Reporting.Charts;

/// <summary>The rows a chart draws: neither totals nor sub-rows (they would count cases twice).</summary>
internal static class ChartRows
{
    public static IReadOnlyList<ReportRow> Of(ReportTable table) =>
        table.Rows.Where(r => r.Kind == RowKind.Category).ToList();
}
