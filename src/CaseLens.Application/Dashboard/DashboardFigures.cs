using CaseLens.Analysis.Reports;
using CaseLens.Domain.Access;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;
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
        return Result<Figures>.Ok(new Figures([.. TableIds.Select(report.Find).OfType<ReportTable>().Select(Shown)], threshold));
    }

    private static FigureTable Shown(ReportTable table) => new(
        table.Id,
        table.Title,
        [.. table.Columns.Select(ColumnHeading.Label)],
        [.. table.Rows.Select(r => new FigureRow(r.Label, [.. table.Columns.Select(c => CellText.Format(r.Cells.GetValueOrDefault(c.Key)))]))]);
}
