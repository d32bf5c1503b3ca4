using System.Globalization;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Interchange;
using CaseLens.Storage;
using CaseLens.Storage.Importing;

namespace CaseLens.Application.Importing;

/// <summary>
/// What the validate and import commands need to know about one kind of interchange file: how to
/// read it (and, for big files, how to read a plainly valid one on every core), how to start a store
/// import of it, a record's case id, how to sum up its rows, and what an import counts of it to keep
/// beside it in the store.
/// </summary>
internal sealed record InterchangeFile<T>(
    string Noun,
    Func<Stream, TimeProvider, IEnumerable<RowResult<T>>> Read,
    Func<CaseStore, ImportOptions, CancellationToken, Task<ImportSession<T>>> BeginImport,
    Func<T, string> KeyOf,
    Func<T, bool> IsCounted,
    Func<ImportCounting<T>?> Counting,
    Func<Stream, TimeProvider, int, Action<T>, bool>? ReadValid = null)
    where T : class
{
    public static InterchangeFile<Notification> Notifications { get; } = new(
        "notifications",
        NotificationCsv.Read,
        (store, options, token) => store.BeginNotificationImportAsync(options, token),
        n => n.CaseId,
        // Duplicates, sibling reports and test records are left out of everything; a looked-after
        // child's accident still counts in the tables of all notifications.
        TableBases.IsCounted,
        () => new NotificationImportCounting(),
        NotificationCsv.TryReadValid);

    public static InterchangeFile<IntensiveCase> Intensive { get; } = new(
        "intensive cases",
        (stream, _) => IntensiveCsv.Read(stream),
        (store, options, token) => store.BeginIntensiveImportAsync(options, token),
        c => c.CaseId,
        _ => true,
        () => null);

    /// <summary>"477 notifications (464 counted, 13 excluded)", or "40 intensive cases".</summary>
    public string Summarise(long rows, long counted) => counted == rows
        ? string.Create(CultureInfo.InvariantCulture, $"{rows:N0} {Noun}")
        : string.Create(CultureInfo.InvariantCulture, $"{rows:N0} {Noun} ({counted:N0} counted, {rows - counted:N0} excluded)");
}
