using CaseLens.Cli.Hosting;
using CaseLens.Cli.Problems;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Interchange;
using CaseLens.Storage;

namespace CaseLens.Cli.Reporting;

/// <summary>
/// The cases a report is computed from, within the filter: read whole from the interchange files, or
/// from the store with the filter applied by the database (only the coded fields the tables count,
/// the records hashed as they are read). Reading never writes to the store.
/// </summary>
internal sealed record ReportInput(CodedNotifications Notifications, IReadOnlyList<IntensiveCase> Intensive)
{
    public static (ReportInput? Input, Outcome? Failure) FromFiles(FileInfo notifications, FileInfo? intensive, NotificationFilter filter, TimeProvider time)
    {
        foreach (var file in new[] { notifications, intensive })
        {
            if (file is { Exists: false })
            {
                return (null, Outcome.Failed($"cannot read '{file}': no such file"));
            }
        }

        ImportResult<Notification> cases;
        using (var stream = notifications.OpenRead())
        {
            cases = NotificationCsv.ReadAll(stream, time);
        }

        ImportResult<IntensiveCase>? sample = null;
        if (intensive is not null)
        {
            using var stream = intensive.OpenRead();
            sample = IntensiveCsv.ReadAll(stream);
        }

        var problems = cases.Problems.Select(p => InFile(p, notifications))
            .Concat(sample?.Problems.Select(p => InFile(p, intensive!)) ?? [])
            .ToList();
        return problems.Count > 0
            ? (null, Outcome.Invalid(problems))
            : (new ReportInput(CodedNotifications.Of(cases.Records, filter), sample?.Records ?? []), null);
    }

    public static async Task<(ReportInput? Input, Outcome? Failure)> FromStoreAsync(
        StoreLocation database, NotificationFilter filter, CliContext context, CancellationToken cancellationToken)
    {
        var (store, failure) = await StoreAccess.OpenForReadingAsync(database, context, cancellationToken).ConfigureAwait(false);
        if (store is null)
        {
            return (null, failure);
        }

        await using (store)
        {
            var notifications = await store.ReadCodedNotificationsAsync(filter, cancellationToken).ConfigureAwait(false);

            var intensive = new List<IntensiveCase>();
            await foreach (var item in store.StreamIntensiveCasesAsync(cancellationToken).ConfigureAwait(false))
            {
                intensive.Add(item);
            }

            return (new ReportInput(notifications, intensive), null);
        }
    }

    /// <summary>A problem of one of several input files, naming the file after the message.</summary>
    public static Problem InFile(Domain.Problems.Problem problem, FileInfo file) =>
        new($"{problem.Message} (in {file.Name})", problem.Line, problem.Column);
}
