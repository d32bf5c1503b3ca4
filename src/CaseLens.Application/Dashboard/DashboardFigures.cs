using CaseLens.Analysis.Disclosure;
using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Tables;
using CaseLens.Domain.Access;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;
using CaseLens.Reporting.Wording;
using CaseLens.Storage;

namespace CaseLens.Application.Dashboard;

/// <summary>
/// The dashboard's key figures for a person: a few of the report's tables over the notifications of
/// their scope within a filter, computed and protected as a report is. Readers always get
/// suppression at <see cref="AccessRights.ReaderSuppressionFloor"/> or more, with the report's
/// secondary suppression (<see cref="ReportDisclosure"/>), decided here on the server.
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
        ArgumentNullException.ThrowIfNull(rights);
        ArgumentNullException.ThrowIfNull(filter);
        if (Scoped(rights.Scope, filter) is not { } scoped)
        {
            return Result<Figures>.Fail(ProblemKind.Invalid, new Problem(
                "dashboard.board", "Choose one of the boards of your scope: the figures are made for one board at a time.", Column: "board"));
        }

        var coded = await store.ReadCodedNotificationsAsync(scoped, cancellationToken).ConfigureAwait(false);
        var options = new ReportOptions { Tables = new TableOptions { Filter = scoped } };
        var report = new ReportBuilder(time).Build(coded, null, options);
        var threshold = rights.SuppressionThreshold(null);
        if (threshold > 0)
        {
            report = ReportDisclosure.Protect(report, coded, null, options.Tables, DisclosurePolicy.K(threshold)).Report;
        }

        return Result<Figures>.Ok(new Figures([.. TableIds.Select(report.Find).OfType<ReportTable>().Select(Shown)], threshold));
    }

    /// <summary>The filter limited to the scope; null when the scope cannot be expressed by one filter or the board asked is outside it.</summary>
    private static NotificationFilter? Scoped(Scope scope, NotificationFilter filter)
    {
        if (scope.IsNational)
        {
            return filter;
        }

        if (filter.Board is { } board)
        {
            return scope.Covers(board) ? filter : null;
        }

        return scope.Boards.Count == 1 ? filter with { Board = scope.Boards.Single() } : null;
    }

    private static FigureTable Shown(ReportTable table) => new(
        table.Id,
        table.Title,
        [.. table.Columns.Select(ColumnHeading.Label)],
        [.. table.Rows.Select(r => new FigureRow(r.Label, [.. table.Columns.Select(c => CellText.Format(r.Cells.GetValueOrDefault(c.Key)))]))]);
}
