using CaseLens.Application.Importing;
using CaseLens.Application.Stores;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;
using CaseLens.Interchange;

namespace CaseLens.Application.Reporting;

/// <summary>
/// The cases a report is computed from, within the filter: read whole from the interchange files, or
/// from the store with the filter applied by the database (only the coded fields the tables count,
/// the records hashed as they are read). Reading never writes to the store.
/// </summary>
internal sealed record ReportInput(CodedNotifications Notifications, IReadOnlyList<IntensiveCase> Intensive)
{
    public static Result<ReportInput> FromFiles(FileInfo notifications, FileInfo? intensive, NotificationFilter filter, TimeProvider time)
    {
        foreach (var file in new[] { notifications, intensive })
        {
            if (file is { Exists: false })
            {
                return Result<ReportInput>.Fail(ProblemKind.Failure, FileProblems.Missing(file));
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

        var problems = cases.Problems.Select(p => FileProblems.InFile(p, notifications))
            .Concat(sample?.Problems.Select(p => FileProblems.InFile(p, intensive!)) ?? [])
            .ToList();
        return problems.Count > 0
            ? Result<ReportInput>.Fail(ProblemKind.Invalid, problems)
            : Result<ReportInput>.Ok(new ReportInput(CodedNotifications.Of(cases.Records, filter), sample?.Records ?? []));
    }

    public static async Task<Result<ReportInput>> FromStoreAsync(
        StoreAddress database, NotificationFilter filter, TimeProvider time, CancellationToken cancellationToken)
    {
        var opened = await StoreAccess.OpenForReadingAsync(database, time, cancellationToken).ConfigureAwait(false);
        if (!opened.Succeeded)
        {
            return Result<ReportInput>.Fail(opened.Kind!.Value, opened.Problems);
        }

        await using var store = opened.Value;
        var notifications = await store.ReadCodedNotificationsAsync(filter, cancellationToken).ConfigureAwait(false);

        var intensive = new List<IntensiveCase>();
        await foreach (var item in store.StreamIntensiveCasesAsync(cancellationToken).ConfigureAwait(false))
        {
            intensive.Add(item);
        }

        return Result<ReportInput>.Ok(new ReportInput(notifications, intensive));
    }
}
