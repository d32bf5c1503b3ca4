using CaseLens.Analysis.Comparators;
using CaseLens.Analysis.Disclosure;
using CaseLens.Analysis.Tables;
using CaseLens.Application.Importing;
using CaseLens.Application.Releases;
using CaseLens.Application.Stores;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;
using CaseLens.Interchange;
using CaseLens.Reporting;
using AnalysisReportOptions = CaseLens.Analysis.Tables.ReportOptions;

namespace CaseLens.Application.Reporting;

/// <summary>
/// <c>report</c>: reads the cases (files or store), builds every table and applies small-number
/// suppression when asked; the host writes the chosen format where it was asked to.
/// </summary>
/// <param name="time">The clock of the report's date.</param>
public sealed class ReportRun(TimeProvider time)
{
    /// <summary>What to report on and how.</summary>
    /// <param name="Database">The store, read when <paramref name="Notifications"/> is not given.</param>
    /// <param name="Notifications">A notifications CSV file to report on instead of the store.</param>
    /// <param name="Intensive">With <paramref name="Notifications"/>: the intensive-sample CSV file.</param>
    /// <param name="Comparators">Published figures to print beside the data.</param>
    /// <param name="Period">The label of the data's column; the span of study years when null.</param>
    /// <param name="Filter">Which notifications count.</param>
    /// <param name="Disclosure">The disclosure policy to protect small numbers with, as named on the command line (<c>k=6</c>, <c>dfe</c>, <c>nhs-hes</c>); none when null.</param>
    /// <param name="ProtectAgainstReleases">With a policy, from the store: hide more instead of refusing a report that, read with earlier releases, would reveal a hidden number.</param>
    /// <param name="Actor">Who publishes (recorded in the ledger with a release).</param>
    /// <param name="Format">The format the report is written in.</param>
    public sealed record Request(
        StoreAddress Database,
        FileInfo? Notifications,
        FileInfo? Intensive,
        FileInfo? Comparators,
        string? Period,
        NotificationFilter Filter,
        string? Disclosure,
        bool ProtectAgainstReleases,
        string Actor,
        ReportFormat Format);

    /// <summary>The report, ready to be written; every problem with the inputs otherwise.</summary>
    public async Task<Result<ReportDocument>> RunAsync(Request request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        DisclosurePolicy? policy = null;
        if (request.Disclosure is { } named && (policy = DisclosurePolicy.Parse(named, out var error)) is null)
        {
            return Result<ReportDocument>.Fail(ProblemKind.Invalid, new Problem("report.disclosure", "--disclosure: " + error));
        }

        ComparatorSet comparators = ComparatorSet.Empty;
        if (request.Comparators is { } comparatorFile)
        {
            var read = ComparatorFile.Read(comparatorFile);
            if (!read.Succeeded)
            {
                return Result<ReportDocument>.Fail(read.Kind!.Value, read.Problems);
            }

            comparators = read.Value;
        }

        var input = request.Notifications is { } notifications
            ? ReportInput.FromFiles(notifications, request.Intensive, request.Filter, time, keepCases: policy is not null)
            : await ReportInput.FromStoreAsync(request.Database, request.Filter, time, keepCases: policy is not null, cancellationToken).ConfigureAwait(false);
        if (!input.Succeeded)
        {
            return Result<ReportDocument>.Fail(input.Kind!.Value, input.Problems);
        }

        var cases = input.Value;
        var options = new AnalysisReportOptions
        {
            Tables = new TableOptions
            {
                PeriodLabel = request.Period ?? PeriodLabel.Of(cases.Notifications),
                Filter = request.Filter,
                Comparators = comparators,
            },
            Version = ProductVersion.Current,
        };
        var report = new ReportBuilder(time).Build(cases.Notifications, cases.Intensive, options);
        string? releaseId = null;
        if (policy is not null && request.Notifications is null)
        {
            // From the store: a publication, checked against the store's ledger and recorded in it.
            var published = await new PublishReport(time).RunAsync(
                request.Database.Location,
                new PublishRequest(report, AtomSpace.Of(cases.Cases!, cases.Intensive, options.Tables), policy, request.ProtectAgainstReleases, request.Actor),
                cancellationToken).ConfigureAwait(false);
            if (!published.Succeeded)
            {
                return Result<ReportDocument>.Fail(published.Kind!.Value, published.Problems);
            }

            report = published.Value.Published.Report;
            releaseId = published.Value.ReleaseId;
        }
        else if (policy is not null)
        {
            report = ReportDisclosure.Protect(report, cases.Cases!, cases.Intensive, options.Tables, policy).Report;
        }

        var format = request.Format;
        return Result<ReportDocument>.Ok(new ReportDocument(report.Tables.Count, stream => ReportWriter.Write(report, format, stream)) { ReleaseId = releaseId });
    }
}

/// <summary>A built report, to be written whole to a stream.</summary>
/// <param name="TableCount">How many tables it holds.</param>
/// <param name="Write">Writes it in the format asked for.</param>
public sealed record ReportDocument(int TableCount, Action<Stream> Write)
{
    /// <summary>The number of the release the store's ledger recorded it as; null when it was not published from a store.</summary>
    public string? ReleaseId { get; init; }
}
