using System.Text;
using CaseLens.Analysis.Comparators;
using CaseLens.Analysis.Disclosure;
using CaseLens.Analysis.Tables;
using CaseLens.Application.Releases;
using CaseLens.Cli.Hosting;
using CaseLens.Cli.Problems;
using CaseLens.Reporting;
using AnalysisReportOptions = CaseLens.Analysis.Tables.ReportOptions;
using CaseLens.Domain.Notifications;
using CaseLens.Interchange;
using CaseLens.Storage;

namespace CaseLens.Cli.Reporting;

/// <summary>
/// <c>caselens report</c>: reads the cases (files or store), builds every table, applies
/// small-number suppression when asked, and writes the chosen format to a file or standard output.
/// </summary>
internal sealed class ReportRun(CliContext context)
{
    public sealed record Request(
        StoreLocation Database,
        FileInfo? Notifications,
        FileInfo? Intensive,
        FileInfo? Comparators,
        string? Period,
        NotificationFilter Filter,
        DisclosurePolicy? Disclosure,
        bool ProtectAgainstReleases,
        string Actor,
        ReportFormat Format,
        FileInfo? Output,
        UnixFileMode Mode);

    public async Task<Outcome> RunAsync(Request request, CancellationToken cancellationToken)
    {
        ComparatorSet comparators = ComparatorSet.Empty;
        if (request.Comparators is { } comparatorFile)
        {
            var (read, failure) = ReadComparators(comparatorFile);
            if (read is null)
            {
                return failure!;
            }

            comparators = read;
        }

        var (input, problem) = request.Notifications is { } notifications
            ? ReportInput.FromFiles(notifications, request.Intensive, request.Filter, context.Time)
            : await ReportInput.FromStoreAsync(request.Database, request.Filter, context, cancellationToken).ConfigureAwait(false);
        if (input is null)
        {
            return problem!;
        }

        var options = new AnalysisReportOptions
        {
            Tables = new TableOptions
            {
                PeriodLabel = request.Period ?? PeriodLabel.Of(input.Notifications),
                Filter = request.Filter,
                Comparators = comparators,
            },
            Version = ProductVersion.Current,
        };
        var report = new ReportBuilder(context.Time).Build(input.Notifications, input.Intensive, options);
        if (request.Disclosure is { } policy && request.Notifications is null)
        {
            // From the store: a publication, checked against the store's ledger and recorded in it.
            var published = await new PublishReport(context.Time).RunAsync(
                request.Database,
                new PublishRequest(report, AtomSpace.Of(input.Notifications, input.Intensive, options.Tables), policy, request.ProtectAgainstReleases, request.Actor),
                cancellationToken).ConfigureAwait(false);
            if (!published.Succeeded)
            {
                return StoreAccess.Refused(published);
            }

            report = published.Value.Published.Report;
            await context.Error.WriteLineAsync($"Recorded as release {published.Value.ReleaseId} in the store's ledger (caselens releases lists them).").ConfigureAwait(false);
        }
        else if (request.Disclosure is { } filePolicy)
        {
            report = ReportDisclosure.Protect(report, input.Notifications, input.Intensive, options.Tables, filePolicy).Report;
        }

        if (request.Output is null)
        {
            using var buffer = new MemoryStream();
            ReportWriter.Write(report, request.Format, buffer);
            await context.Out.WriteAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)).ConfigureAwait(false);
            await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return Outcome.Ok;
        }

        if (await OutputFile.WriteAsync(request.Output, request.Mode, stream => ReportWriter.Write(report, request.Format, stream)).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        await context.Error.WriteLineAsync($"Wrote {report.Tables.Count} tables to {request.Output.Name}.").ConfigureAwait(false);
        return Outcome.Ok;
    }


    private static (ComparatorSet? Set, Outcome? Failure) ReadComparators(FileInfo file)
    {
        if (!file.Exists)
        {
            return (null, Outcome.Failed($"cannot read '{file}': no such file"));
        }

        using var stream = file.OpenRead();
        var result = ComparatorCsv.Read(stream);
        return result.Succeeded
            ? (result.Value, null)
            : (null, Outcome.Invalid(result.Problems.Select(p => new Problem($"{p.Message} (in {file.Name})", p.Line, p.Column))));
    }
}
