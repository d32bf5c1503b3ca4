using System.Runtime.CompilerServices;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Provenance;
using CaseLens.Storage.Importing;
using CaseLens.Storage.Model;
using CaseLens.Storage.Postgres;
using CaseLens.Storage.Querying;
using CaseLens.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaseLens.Storage;

/// <summary>
/// What differs between the databases a store can live in: how a context connects, how an import
/// writes, how writers are kept apart, and the fast paths one engine allows. Everything else (the
/// model, the queries EF writes, the audit) is shared. One subclass per engine
/// (<see cref="SqliteDatabase"/>, <see cref="PostgresDatabase"/>); the repositories call it and
/// never ask which engine it is.
/// </summary>
internal abstract class StoreDatabase(StoreLocation location)
{
    /// <summary>Where the store lives.</summary>
    public StoreLocation Location { get; } = location;

    /// <summary>The database for <paramref name="location"/>'s engine.</summary>
    public static StoreDatabase For(StoreLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.Provider == DatabaseProvider.Sqlite ? new SqliteDatabase(location) : new PostgresDatabase(location);
    }

    /// <summary>A new EF context on the store (the caller disposes it).</summary>
    public abstract CaseStoreContext CreateContext();

    /// <summary>A connection of the engine's own to the store, not yet open, for SQL that needs no EF.</summary>
    public abstract System.Data.Common.DbConnection CreateConnection();

    /// <summary>Starts an import on a connection of its own (plain ADO.NET: an import starts no EF).</summary>
    public abstract Task<ImportSession<T>> StartImportAsync<T>(RecordTable<T> table, ImportOptions options, TimeProvider time, CancellationToken cancellationToken)
        where T : class;

    /// <summary>
    /// Waits until no other writer is changing case data, inside the transaction open on
    /// <paramref name="context"/>, and keeps them out until it ends. Every change to case data (an
    /// import's clash check and writes, a delete, an audit prune) holds it, so that what a writer
    /// reads before it writes (the stored ids, the record before) is still true when it commits.
    /// </summary>
    public abstract Task LockWritersAsync(CaseStoreContext context, CancellationToken cancellationToken);

    /// <summary>
    /// <paramref name="query"/> narrowed to the notifications whose outline holds every one of
    /// <paramref name="words"/>, found by the engine's full-text index (never a <c>LIKE</c> scan).
    /// </summary>
    public abstract IQueryable<Notification> WithOutlineWords(CaseStoreContext context, IQueryable<Notification> query, string words);

    /// <summary>
    /// Drops the record before and after of every audit entry made before <paramref name="cutOff"/>
    /// (UTC), inside the transaction open on <paramref name="context"/>; returns how many entries had any.
    /// </summary>
    public virtual Task<int> DropAuditValuesAsync(CaseStoreContext context, DateTimeOffset cutOff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.AuditEntries
            .Where(a => a.At < cutOff && (a.Before != null || a.After != null))
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Before, (string?)null).SetProperty(a => a.After, (string?)null), cancellationToken);
    }

    /// <summary>
    /// After values were dropped (an audit prune): makes the database let go of the old bytes as
    /// far as the engine allows, outside any transaction.
    /// </summary>
    public abstract Task ForgetDroppedValuesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A query whose rows are <c>ok</c> when the store is sound, and otherwise each name a problem
    /// (SQLite: <c>PRAGMA integrity_check</c>; PostgreSQL: the tables answer a query).
    /// </summary>
    protected abstract string IntegrityQuery { get; }

    /// <summary>Releases pooled connections to the store (so a SQLite file can be moved or deleted).</summary>
    public abstract void ReleaseConnections();

    /// <summary>Asks the database whether the store is sound; every problem it reports, empty when sound.</summary>
    public async Task<IReadOnlyList<string>> CheckIntegrityAsync(CancellationToken cancellationToken)
    {
        await using var context = CreateContext();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // A fixed query of the engine's, never input.
        command.CommandText = IntegrityQuery;
#pragma warning restore CA2100
        var problems = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var line = reader.GetString(0);
            if (line != "ok")
            {
                problems.Add(line);
            }
        }

        return problems;
    }

    /// <summary>Every record of <paramref name="table"/>, in ordinal key order, read as they stream.</summary>
    public virtual IAsyncEnumerable<T> StreamAllAsync<T>(RecordTable<T> table, CancellationToken cancellationToken)
        where T : class =>
        StreamAsync(table, context => context.Set<T>().AsNoTracking(), table.Columns, cancellationToken);

    /// <summary>
    /// The notifications in <paramref name="scope"/> as the tables count them. This streams the
    /// records (one query, in case-id order), coding and hashing each one and letting it go; an
    /// engine with a faster path overrides it. A store of at least <paramref name="minRowsForParallelRead"/>
    /// rows may be read in parallel.
    /// </summary>
    public virtual async Task<CodedNotifications> ReadCodedNotificationsAsync(NotificationFilter scope, long minRowsForParallelRead, CancellationToken cancellationToken)
    {
        var codes = new List<NotificationCodes>();
        using var digest = new NotificationDigestWriter();
        var table = NotificationTable.Instance;
        await foreach (var notification in StreamAsync(table, context => context.Notifications.AsNoTracking().Matching(scope), table.Columns, cancellationToken).ConfigureAwait(false))
        {
            codes.Add(NotificationCodes.Of(notification));
            digest.Add(notification);
        }

        return new CodedNotifications(scope, [.. codes], digest.Complete());
    }

    /// <summary>
    /// The records an EF query selects, in ordinal key order, with only <paramref name="columns"/>
    /// read, as they stream (<see cref="RecordReader{T}"/>).
    /// </summary>
    public async IAsyncEnumerable<T> StreamAsync<T>(
        RecordTable<T> table,
        Func<CaseStoreContext, IQueryable<T>> query,
        IReadOnlyList<RecordColumn<T>> columns,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        await using var context = CreateContext();
        await foreach (var record in RecordReader<T>.StreamAsync(context, query(context), table, columns, cancellationToken).ConfigureAwait(false))
        {
            yield return record;
        }
    }
}
