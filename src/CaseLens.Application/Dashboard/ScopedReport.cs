using System.Globalization;
using System.Reflection;
using CaseLens.Analysis.Disclosure;
using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Tables;
using CaseLens.Domain.Access;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;
using CaseLens.Storage;

namespace CaseLens.Application.Dashboard;

/// <summary>
/// The report a signed-in person may have: the notifications of their scope within a filter (and,
/// for a national scope, the intensive sample, which has no board), protected at the threshold
/// <see cref="AccessRights.SuppressionThreshold"/> gives (a reader always at least 6) with the
/// report's primary and secondary suppression. The dashboard and the report downloads share it, so
/// the server decides the suppression whatever a request asks.
/// </summary>
internal static class ScopedReport
{
    private static readonly string Version =
        typeof(ScopedReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static async Task<Result<(Report Report, int Threshold)>> BuildAsync(
        CaseStore store, TimeProvider time, AccessRights rights, NotificationFilter filter, int? requestedThreshold, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rights);
        ArgumentNullException.ThrowIfNull(filter);
        if (Scoped(rights.Scope, filter) is not { } scoped)
        {
            return Result<(Report, int)>.Fail(ProblemKind.Invalid, new Problem(
                "report.board", "Choose one of the boards of your scope: the figures are made for one board at a time.", Column: "board"));
        }

        var coded = await store.ReadCodedNotificationsAsync(scoped, cancellationToken).ConfigureAwait(false);
        var intensive = new List<IntensiveCase>();
        if (rights.Scope.IsNational)
        {
            await foreach (var item in store.StreamIntensiveCasesAsync(cancellationToken).ConfigureAwait(false))
            {
                intensive.Add(item);
            }
        }

        var threshold = rights.SuppressionThreshold(requestedThreshold);
        var options = new ReportOptions
        {
            Tables = new TableOptions { Filter = scoped },
            Version = Version,
            RecordedOptions = threshold > 0
                ? new Dictionary<string, string> { ["suppress_below"] = threshold.ToString(CultureInfo.InvariantCulture) }
                : new Dictionary<string, string>(),
        };
        var report = new ReportBuilder(time).Build(coded, intensive, options);
        if (threshold > 0)
        {
            report = ReportDisclosure.Protect(report, coded, intensive, options.Tables, DisclosurePolicy.K(threshold)).Report;
        }

        return Result<(Report, int)>.Ok((report, threshold));
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
}
