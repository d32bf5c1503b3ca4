using System.Runtime.CompilerServices;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Provenance;
using CaseLens.Storage.Auditing;
using CaseLens.Storage.Importing;
using CaseLens.Storage.Model;
using CaseLens.Storage.Querying;
using CaseLens.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace CaseLens.Storage;

/// <summary>
/// The case store: notifications, intensive cases and the audit trail of every change to them,
/// in a SQLite file or a PostgreSQL database. Opening a store brings its schema up to date.
/// Every operation uses its own connection, so one store may serve several callers at once.
/// </summary>
/// <remarks>
/// The store's tables are read and written by repositories made from it
/// (<see cref="NotificationRepository"/>, <see cref="IntensiveCaseRepository"/>,
/// <see cref="AuditTrail"/>); the methods here are the command line's short ways to them. A new
/// table comes with its own repository, not with new members here.
/// </remarks>
public sealed class CaseStore : IAsyncDisposable
{
    private readonly NotificationRepository _notifications;
    private readonly IntensiveCaseRepository _intensiveCases;
    private readonly AuditTrail _audit;

    internal CaseStore(StoreLocation location, TimeProvider time)
    {
        Location = location;
        Time = time;
        Database = StoreDatabase.For(location);
        _notifications = new NotificationRepository(this);
        _intensiveCases = new IntensiveCaseRepository(this);
        _audit = new AuditTrail(this);
    }

    /// <summary>Where the store lives.</summary>
    public StoreLocation Location { get; }

    /// <summary>The clock the audit trail is stamped from.</summary>
    internal TimeProvider Time { get; }

    /// <summary>What is particular to the engine the store lives in.</summary>
    internal StoreDatabase Database { get; }

    /// <summary>
    /// Opens (creating it when missing) the store at <paramref name="location"/>: a SQLite file path,
    /// or a PostgreSQL connection string with <c>Host=</c>; null means <c>caselens.db</c>. Pending
    /// migrations are applied first. Another program's database, or a store a newer CaseLens
    /// migrated, throws <see cref="Opening.StoreRefusedException"/>; <see cref="Opening.StoreOpening"/>
    /// opens for reading or writing only, with refusals as values.
    /// </summary>
    public static Task<CaseStore> OpenAsync(string? location, TimeProvider? time = null, CancellationToken cancellationToken = default) =>
        OpenAsync(StoreLocation.Parse(location), time, cancellationToken);

    /// <inheritdoc cref="OpenAsync(string?, TimeProvider?, CancellationToken)"/>
    public static Task<CaseStore> OpenAsync(StoreLocation location, TimeProvider? time = null, CancellationToken cancellationToken = default) =>
        Opening.StoreOpening.OpenOrThrowAsync(location, Opening.StoreUse.Create(), time, cancellationToken);

    /// <summary>Starts an all-or-nothing import of notifications.</summary>
    public Task<ImportSession<Notification>> BeginNotificationImportAsync(ImportOptions options, CancellationToken cancellationToken = default) =>
        _notifications.BeginImportAsync(options, cancellationToken);

    /// <summary>Starts an all-or-nothing import of intensive cases.</summary>
    public Task<ImportSession<IntensiveCase>> BeginIntensiveImportAsync(ImportOptions options, CancellationToken cancellationToken = default) =>
        _intensiveCases.BeginImportAsync(options, cancellationToken);

    /// <summary>The notifications matching <paramref name="filter"/>, in ordinal case-id order, read as they stream.</summary>
    public IAsyncEnumerable<Notification> StreamNotificationsAsync(NotificationFilter? filter = null, CancellationToken cancellationToken = default) =>
        _notifications.StreamAsync(filter, NotificationReadOptions.Everything, cancellationToken);

    /// <inheritdoc cref="NotificationRepository.StreamAsync"/>
    public IAsyncEnumerable<Notification> StreamNotificationsAsync(NotificationFilter? filter, NotificationReadOptions options, CancellationToken cancellationToken = default) =>
        _notifications.StreamAsync(filter, options, cancellationToken);

    /// <summary>
    /// The notifications matching <paramref name="filter"/>, in ordinal case-id order, with only the
    /// fields <paramref name="options"/> asks for, read into a list by one query. A report reads
    /// <see cref="ReadCodedNotificationsAsync(NotificationFilter?, CancellationToken)"/> instead.
    /// </summary>
    public Task<IReadOnlyList<Notification>> ReadNotificationsAsync(NotificationFilter? filter, NotificationReadOptions options, CancellationToken cancellationToken = default) =>
        _notifications.ReadAsync(filter, options, cancellationToken);

    /// <inheritdoc cref="NotificationRepository.ReadCodedAsync(NotificationFilter?, CancellationToken)"/>
    public Task<CodedNotifications> ReadCodedNotificationsAsync(NotificationFilter? filter, CancellationToken cancellationToken = default) =>
        _notifications.ReadCodedAsync(filter, cancellationToken);

    /// <summary>As the public overload; a store of at least <paramref name="minRowsForParallelRead"/> rows is read in parallel.</summary>
    internal Task<CodedNotifications> ReadCodedNotificationsAsync(NotificationFilter? filter, long minRowsForParallelRead, CancellationToken cancellationToken) =>
        _notifications.ReadCodedAsync(filter, minRowsForParallelRead, cancellationToken);

    /// <summary>How many notifications match <paramref name="filter"/>.</summary>
    public Task<int> CountNotificationsAsync(NotificationFilter? filter = null, CancellationToken cancellationToken = default) =>
        _notifications.CountAsync(filter, cancellationToken);

    /// <summary>The notification with this case id, or null.</summary>
    public Task<Notification?> FindNotificationAsync(string caseId, CancellationToken cancellationToken = default) =>
        _notifications.FindAsync(caseId, cancellationToken);

    /// <summary>Every intensive case, in ordinal case-id order, read as they stream.</summary>
    public IAsyncEnumerable<IntensiveCase> StreamIntensiveCasesAsync(CancellationToken cancellationToken = default) =>
        _intensiveCases.StreamAsync(cancellationToken);

    /// <summary>How many intensive cases are stored.</summary>
    public Task<int> CountIntensiveCasesAsync(CancellationToken cancellationToken = default) =>
        _intensiveCases.CountAsync(cancellationToken);

    /// <summary>The intensive case with this case id, or null.</summary>
    public Task<IntensiveCase?> FindIntensiveCaseAsync(string caseId, CancellationToken cancellationToken = default) =>
        _intensiveCases.FindAsync(caseId, cancellationToken);

    /// <summary>Deletes a notification, audited with its stored values; false when none had this id.</summary>
    public Task<bool> DeleteNotificationAsync(string caseId, string actor, CancellationToken cancellationToken = default) =>
        _notifications.DeleteAsync(caseId, actor, cancellationToken);

    /// <summary>Deletes an intensive case, audited with its stored values; false when none had this id.</summary>
    public Task<bool> DeleteIntensiveCaseAsync(string caseId, string actor, CancellationToken cancellationToken = default) =>
        _intensiveCases.DeleteAsync(caseId, actor, cancellationToken);

    /// <summary>The audit trail, oldest first; only the entries about <paramref name="caseId"/> when given.</summary>
    public Task<IReadOnlyList<AuditEntry>> ListAuditEntriesAsync(string? caseId = null, CancellationToken cancellationToken = default) =>
        _audit.ListAsync(caseId, cancellationToken);

    /// <summary>
    /// Asks the database whether the store is sound (SQLite: <c>PRAGMA integrity_check</c>;
    /// PostgreSQL: the tables answer a query). Returns every problem reported; empty when sound.
    /// </summary>
    public Task<IReadOnlyList<string>> CheckIntegrityAsync(CancellationToken cancellationToken = default) =>
        Database.CheckIntegrityAsync(cancellationToken);

    /// <summary>Releases pooled connections to the store (so a SQLite file can be moved or deleted).</summary>
    public ValueTask DisposeAsync()
    {
        Database.ReleaseConnections();
        return ValueTask.CompletedTask;
    }

    /// <summary>A store object that has not touched its database (for model checks, and for a host that opened it already).</summary>
    internal static CaseStore Unopened(StoreLocation location, TimeProvider? time = null) => new(location, time ?? TimeProvider.System);

    internal CaseStoreContext CreateContext() => Database.CreateContext();
}
