using CaseLens.Analysis.Tables;
using CaseLens.Application.Importing;
using CaseLens.Application.Stores;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;
using CaseLens.Interchange;
using CaseLens.Storage;
using CaseLens.Storage.KeptCounts;

namespace CaseLens.Application.Reporting;

/// <summary>
/// The cases a report is computed from, within the filter: counted from the interchange files as
/// they are read (no record kept, several threads, see <see cref="NotificationCsv.Count"/>), or read
/// whole when the cases themselves are needed (a disclosure policy looks at them), or read from the
/// store with the filter applied by the database (only the coded fields the tables count, the
/// records hashed as they are read), or, for the whole store, from the counts it keeps beside the
/// cases while they are current. Reading never writes to the store.
/// </summary>
/// <param name="Notifications">The counts of the notifications in scope.</param>
/// <param name="Cases">The coded notifications in scope; null when they were only counted.</param>
/// <param name="Intensive">The intensive-sample cases.</param>
internal sealed record ReportInput(NotificationCounts Notifications, CodedNotifications? Cases, IReadOnlyList<IntensiveCase> Intensive)
{
    /// <param name="notifications">The notifications CSV file.</param>
    /// <param name="intensive">The intensive-sample CSV file, if any.</param>
    /// <param name="filter">Which notifications count.</param>
    /// <param name="time">Today, for the dates a file may hold.</param>
    /// <param name="keepCases">Whether <see cref="Cases"/> is needed, not only the counts.</param>
    public static Result<ReportInput> FromFiles(FileInfo notifications, FileInfo? intensive, NotificationFilter filter, TimeProvider time, bool keepCases = false)
    {
        foreach (var file in new[] { notifications, intensive })
        {
            if (file is { Exists: false })
            {
                return Result<ReportInput>.Fail(ProblemKind.Failure, FileProblems.Missing(file));
            }
        }

        NotificationCounts? counts = null;
        CodedNotifications? cases = null;
        IReadOnlyList<Problem> notificationProblems;
        if (keepCases)
        {
            ImportResult<Notification> read;
            using (var stream = notifications.OpenRead())
            {
                read = NotificationCsv.ReadAll(stream, time);
            }

            notificationProblems = read.Problems;
            if (read.IsValid)
            {
                cases = CodedNotifications.Of(read.Records, filter);
                counts = NotificationCounts.Of(cases);
            }
        }
        else
        {
            var counted = NotificationCsv.Count(notifications.OpenRead, time, filter, Environment.ProcessorCount);
            notificationProblems = counted.Problems;
            counts = counted.Counts;
        }

        ImportResult<IntensiveCase>? sample = null;
        if (intensive is not null)
        {
            using var stream = intensive.OpenRead();
            sample = IntensiveCsv.ReadAll(stream);
        }

        var problems = notificationProblems.Select(p => FileProblems.InFile(p, notifications))
            .Concat(sample?.Problems.Select(p => FileProblems.InFile(p, intensive!)) ?? [])
            .ToList();
        return problems.Count > 0
            ? Result<ReportInput>.Fail(ProblemKind.Invalid, problems)
            : Result<ReportInput>.Ok(new ReportInput(counts!, cases, sample?.Records ?? []));
    }

    /// <param name="database">The store.</param>
    /// <param name="filter">Which notifications count.</param>
    /// <param name="time">The store's clock.</param>
    /// <param name="keepCases">Whether <see cref="Cases"/> is needed, not only the counts.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <remarks>
    /// The counts of the whole store are read from those the store keeps (<see cref="KeptNotificationCounts"/>)
    /// when they are still current and the cases are not needed: every row is then left unread.
    /// </remarks>
    public static async Task<Result<ReportInput>> FromStoreAsync(
        StoreAddress database, NotificationFilter filter, TimeProvider time, bool keepCases, CancellationToken cancellationToken)
    {
        var opened = await StoreAccess.OpenForReadingAsync(database, time, cancellationToken).ConfigureAwait(false);
        if (!opened.Succeeded)
        {
            return Result<ReportInput>.Fail(opened.Kind!.Value, opened.Problems);
        }

        await using var store = opened.Value;
        var kept = !keepCases && filter.IsEmpty ? await KeptCountsAsync(store, cancellationToken).ConfigureAwait(false) : null;
        var notifications = kept is null ? await store.ReadCodedNotificationsAsync(filter, cancellationToken).ConfigureAwait(false) : null;

        var intensive = new List<IntensiveCase>();
        await foreach (var item in store.StreamIntensiveCasesAsync(cancellationToken).ConfigureAwait(false))
        {
            intensive.Add(item);
        }

        var counts = kept ?? NotificationCounts.Of(notifications!);
        return Result<ReportInput>.Ok(new ReportInput(counts, keepCases ? notifications : null, intensive));
    }

    /// <summary>The counts of every notification the store keeps, when they count what it holds now.</summary>
    private static async Task<NotificationCounts?> KeptCountsAsync(CaseStore store, CancellationToken cancellationToken)
    {
        var bytes = await new KeptNotificationCounts(store).ReadCurrentAsync(NotificationCounts.KeptFormat, cancellationToken).ConfigureAwait(false);
        return bytes is null ? null : NotificationCounts.Read(bytes, NotificationFilter.None);
    }
}
