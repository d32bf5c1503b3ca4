using CaseLens.Analysis.Reports;
using CaseLens.Domain.Access;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;
using CaseLens.Reporting.Charts;
using CaseLens.Reporting.Wording;
using CaseLens.Storage;

namespace CaseLens.Application.Dashboard;

/// <summary>
/// The dashboard's key figures for a person: a few of the tables of the report they may have
/// (<see cref="ScopedReport"/>: their scope, the filter, readers always suppressed at 6 or more).
/// </summary>
public sealed class DashboardFigures(CaseStore store, TimeProvider time)
{
    /// <summary>The tables shown: incident type, age at the incident, gender.</summary>
    public static IReadOnlyList<string> TableIds { get; } = ["T14", "T1", "T3"];

    /// <summary>What each table's rows are, for its chart's axis.</summary>
    private static readonly Dictionary<string, string> Categories = new(StringComparer.Ordinal)
    {
        ["T14"] = "Incident type",
        ["T1"] = "Age at time of incident",
        ["T3"] = "Age group",
    };

    /// <summary>
    /// The figures within <paramref name="filter"/> and the scope of <paramref name="rights"/>. A
    /// report's filter names one board at most, so a scope of several boards must choose one
    /// (Invalid, on the <c>board</c> field), as must any board outside the scope.
    /// </summary>
    public async Task<Result<Figures>> ShowAsync(AccessRights rights, NotificationFilter filter, CancellationToken cancellationToken = default)
    {
        var built = await ScopedReport.BuildAsync(store, time, rights, filter, null, cancellationToken).ConfigureAwait(false);
        if (!built.Succeeded)
        {
            return Result<Figures>.Fail(built.Kind!.Value, built.Problems);
        }

        var (report, threshold) = built.Value;
        // Charts are drawn from the protected report, never from counts before suppression.
        return Result<Figures>.Ok(new Figures([.. TableIds.Select(report.Find).OfType<ReportTable>().Select(t => Shown(report, t))], threshold));
    }

    private static FigureTable Shown(Report report, ReportTable table) => new(
        table.Id,
        table.Title,
        [.. table.Columns.Select(ColumnHeading.Label)],
        [.. table.Rows.Select(r => new FigureRow(r.Label, [.. table.Columns.Select(c => CellText.Format(r.Cells.GetValueOrDefault(c.Key)))]))])
    {
        ChartSvg = CountChart.Of(report, table.Id, Categories.GetValueOrDefault(table.Id, table.Title))?.Svg,
    };
}
