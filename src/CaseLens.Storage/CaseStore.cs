using System.Globalization;
using System.Runtime.CompilerServices;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Provenance;
using CaseLens.Storage.Auditing;
using CaseLens.Storage.Importing;
using CaseLens.Storage.Model;
using CaseLens.Storage.Querying;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseLens.Storage;

/// <summary>
/// The case store: notifications, intensive cases and the audit trail of every change to them,
/// in a SQLite file or a PostgreSQL database. Opening a store brings its schema up to date.
/// Every operation uses its own connection, so one store may serve several callers at once.
/// </summary>
public sealed class CaseStore : IAsyncDisposable
{
    // Below this many rows a parallel read gains less than opening connections costs.
    private const long MinRowsForParallelRead = 50_000;
    private const int MaxReadParts = 8;

    private readonly TimeProvider _time;

    internal CaseStore(StoreLocation location, TimeProvider time)
    {
        Location = location;
        _time = time;
    }

    /// <summary>Where the store lives.</summary>
    public StoreLocation Location { get; }

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
        BeginImportAsync(NotificationTable.Instance, options, cancellationToken);

    /// <summary>Starts an all-or-nothing import of intensive cases.</summary>
    public Task<ImportSession<IntensiveCase>> BeginIntensiveImportAsync(ImportOptions options, CancellationToken cancellationToken = default) =>
        BeginImportAsync(IntensiveCaseTable.Instance, options, cancellationToken);

    /// <summary>The notifications matching <paramref name="filter"/>, in ordinal case-id order, read as they stream.</summary>
    public IAsyncEnumerable<Notification> StreamNotificationsAsync(NotificationFilter? filter = null, CancellationToken cancellationToken = default) =>
        StreamNotificationsAsync(filter, NotificationReadOptions.Everything, cancellationToken);

    /// <summary>
    /// The notifications matching <paramref name="filter"/>, in ordinal case-id order, read as they
    /// stream, with only the fields <paramref name="options"/> asks for.
    /// </summary>
    public async IAsyncEnumerable<Notification> StreamNotificationsAsync(
        NotificationFilter? filter, NotificationReadOptions options, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var table = NotificationTable.Instance;
        var columns = options.IncludeNarrative ? table.Columns : [.. table.Columns.Where(c => !table.NarrativeColumns.Contains(c.Name))];
        await using var context = CreateContext();
        var query = context.Notifications.AsNoTracking().Matching(filter ?? NotificationFilter.None);
        await foreach (var notification in RecordReader<Notification>.StreamAsync(context, query, table, columns, cancellationToken).ConfigureAwait(false))
        {
            yield return notification;
        }
    }

    /// <summary>
    /// The notifications matching <paramref name="filter"/>, in ordinal case-id order, with only the
    /// fields <paramref name="options"/> asks for, read into a list by one query: the records
    /// <see cref="StreamNotificationsAsync(NotificationFilter?, NotificationReadOptions, CancellationToken)"/>
    /// gives. A report reads <see cref="ReadCodedNotificationsAsync(NotificationFilter?, CancellationToken)"/> instead.
    /// </summary>
    public async Task<IReadOnlyList<Notification>> ReadNotificationsAsync(
        NotificationFilter? filter, NotificationReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var records = new List<Notification>();
        await foreach (var notification in StreamNotificationsAsync(filter, options, cancellationToken).ConfigureAwait(false))
        {
            records.Add(notification);
        }

        return records;
    }

    /// <summary>
    /// The notifications matching <paramref name="filter"/> as the tables count them: each one's
    /// <see cref="NotificationCodes"/> in ordinal case-id order, and the digest of their whole records
    /// (<see cref="DataSetHash.NotificationDigest"/>). On SQLite the rows are read straight from the
    /// database, in parallel over ranges of case id for a large store, and hashed as they are read,
    /// without making a record, a string or an EF query.
    /// </summary>
    public Task<CodedNotifications> ReadCodedNotificationsAsync(NotificationFilter? filter, CancellationToken cancellationToken = default) =>
        ReadCodedNotificationsAsync(filter, MinRowsForParallelRead, cancellationToken);

    /// <summary>As the public overload; a store of at least <paramref name="minRowsForParallelRead"/> rows is read in parallel.</summary>
    internal async Task<CodedNotifications> ReadCodedNotificationsAsync(NotificationFilter? filter, long minRowsForParallelRead, CancellationToken cancellationToken)
    {
        var scope = filter ?? NotificationFilter.None;
        if (Location.Provider != DatabaseProvider.Sqlite || !SqliteStatement.Direct)
        {
            // Each record is coded and hashed as it streams in case-id order, and then let go.
            var codes = new List<NotificationCodes>();
            using var digest = new NotificationDigestWriter();
            await foreach (var notification in StreamNotificationsAsync(scope, NotificationReadOptions.Everything, cancellationToken).ConfigureAwait(false))
            {
                codes.Add(NotificationCodes.Of(notification));
                digest.Add(notification);
            }

            return new CodedNotifications(scope, [.. codes], digest.Complete());
        }

        var loading = CodedNotificationReader.LoadAsync();
        // Every range reads the same state of the store: nothing is committed until the read is done.
        using var hold = SqliteWriterHold.Take(Location.ConnectionString);
        var (ranges, starts, rows) = SplitNotificationKeys(hold, minRowsForParallelRead);
        var reader = await loading.ConfigureAwait(false);
        return await reader.ReadAsync(Location.ConnectionString, scope, ranges, starts, rows, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How many notifications match <paramref name="filter"/>.</summary>
    public async Task<int> CountNotificationsAsync(NotificationFilter? filter = null, CancellationToken cancellationToken = default)
    {
        await using var context = CreateContext();
        return await context.Notifications.Matching(filter ?? NotificationFilter.None).CountAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The notification with this case id, or null.</summary>
    public async Task<Notification?> FindNotificationAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var context = CreateContext();
        return await context.Notifications.AsNoTracking().SingleOrDefaultAsync(n => n.CaseId == caseId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every intensive case, in ordinal case-id order, read as they stream.</summary>
    public async IAsyncEnumerable<IntensiveCase> StreamIntensiveCasesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = IntensiveCaseTable.Instance;
        if (Location.Provider == DatabaseProvider.Sqlite)
        {
            // Hand-written SQL: a report read from the store compiles no EF query.
            await using var connection = new SqliteConnection(Location.ConnectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var sql = $"SELECT {table.ColumnList} FROM {table.Name} ORDER BY {table.KeyColumn}";
            await foreach (var item in RecordReader<IntensiveCase>.StreamSqliteAsync(connection, sql, table.Columns, cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }

            yield break;
        }

        await using var context = CreateContext();
        await foreach (var item in RecordReader<IntensiveCase>.StreamAsync(context, context.IntensiveCases.AsNoTracking(), table, table.Columns, cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    /// <summary>How many intensive cases are stored.</summary>
    public async Task<int> CountIntensiveCasesAsync(CancellationToken cancellationToken = default)
    {
        await using var context = CreateContext();
        return await context.IntensiveCases.CountAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The intensive case with this case id, or null.</summary>
    public async Task<IntensiveCase?> FindIntensiveCaseAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var context = CreateContext();
        return await context.IntensiveCases.AsNoTracking().SingleOrDefaultAsync(c => c.CaseId == caseId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes a notification, audited with its stored values; false when none had this id.</summary>
    public Task<bool> DeleteNotificationAsync(string caseId, string actor, CancellationToken cancellationToken = default) =>
        DeleteAsync(NotificationTable.Instance, caseId, actor, cancellationToken);

    /// <summary>Deletes an intensive case, audited with its stored values; false when none had this id.</summary>
    public Task<bool> DeleteIntensiveCaseAsync(string caseId, string actor, CancellationToken cancellationToken = default) =>
        DeleteAsync(IntensiveCaseTable.Instance, caseId, actor, cancellationToken);

    /// <summary>The audit trail, oldest first; only the entries about <paramref name="caseId"/> when given.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAuditEntriesAsync(string? caseId = null, CancellationToken cancellationToken = default)
    {
        await using var context = CreateContext();
        var query = context.AuditEntries.AsNoTracking();
        if (caseId is not null)
        {
            query = query.Where(a => a.CaseId == caseId);
        }

        return await query.OrderBy(a => a.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Asks the database whether the store is sound (SQLite: <c>PRAGMA integrity_check</c>;
    /// PostgreSQL: the tables answer a query). Returns every problem reported; empty when sound.
    /// </summary>
    public async Task<IReadOnlyList<string>> CheckIntegrityAsync(CancellationToken cancellationToken = default)
    {
        await using var context = CreateContext();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = Location.Provider == DatabaseProvider.Sqlite
            ? "PRAGMA integrity_check"
            : "SELECT 'ok' FROM (SELECT count(*) FROM notifications UNION ALL SELECT count(*) FROM intensive_cases UNION ALL SELECT count(*) FROM audit_entries) counts LIMIT 1";
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

    /// <summary>Releases pooled connections to the store (so a SQLite file can be moved or deleted).</summary>
    public ValueTask DisposeAsync()
    {
        if (Location.Provider == DatabaseProvider.Sqlite)
        {
            using var connection = new SqliteConnection(Location.ConnectionString);
            SqliteConnection.ClearPool(connection);
        }
        else
        {
            using var connection = new NpgsqlConnection(Location.ConnectionString);
            NpgsqlConnection.ClearPool(connection);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>A store object that has not touched its database (for model checks).</summary>
    internal static CaseStore Unopened(StoreLocation location) => new(location, TimeProvider.System);

    internal CaseStoreContext CreateContext() => Location.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteCaseStoreContext(
            new DbContextOptionsBuilder<SqliteCaseStoreContext>().UseSqlite(Location.ConnectionString).Options),
        _ => new PostgresCaseStoreContext(
            new DbContextOptionsBuilder<PostgresCaseStoreContext>().UseNpgsql(Location.ConnectionString).Options),
    };

    /// <summary>
    /// Ranges of case id, in order, that split a large SQLite store's notifications into about equal
    /// parts, one per processor (one range of every key when the store is small or could not be held
    /// still), with the position of each range's first row and the number of rows, read under
    /// <paramref name="hold"/>.
    /// </summary>
    private static (IReadOnlyList<KeyRange> Ranges, IReadOnlyList<long> Starts, long Rows) SplitNotificationKeys(
        SqliteWriterHold hold, long minRowsForParallelRead)
    {
        var table = NotificationTable.Instance;
        long count;
        using (var counting = new SqliteStatement(hold.Db, $"SELECT count(*) FROM {table.Name}"))
        {
            counting.TryQueryInteger(out count);
        }

        var parts = Math.Min(Environment.ProcessorCount, MaxReadParts);
        if (parts < 2 || count < minRowsForParallelRead || !hold.Held)
        {
            return ([KeyRange.All], [0], count);
        }

        using var boundary = new SqliteStatement(hold.Db, $"SELECT {table.KeyColumn} FROM {table.Name} ORDER BY {table.KeyColumn} LIMIT 1 OFFSET ?1");
        var bounds = new List<string>();
        var starts = new List<long> { 0 };
        for (var i = 1; i < parts; i++)
        {
            var position = count * i / parts;
            boundary.Bind(1, checked((int)position));
            if (boundary.Step())
            {
                var bound = boundary.Text(0);
                boundary.Step();
                if (bounds.Count == 0 || string.CompareOrdinal(bounds[^1], bound) != 0)
                {
                    bounds.Add(bound);
                    starts.Add(position);
                }
            }
        }

        var ranges = new List<KeyRange>();
        string? from = null;
        foreach (var bound in bounds)
        {
            ranges.Add(new KeyRange(from, bound));
            from = bound;
        }

        ranges.Add(new KeyRange(from, null));
        return (ranges, starts, count);
    }

    private async Task<ImportSession<T>> BeginImportAsync<T>(RecordTable<T> table, ImportOptions options, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(options);
        var context = CreateContext();
        try
        {
            return Location.Provider == DatabaseProvider.Sqlite
                ? await SqliteImportSession<T>.StartAsync(context, table, options, _time, cancellationToken).ConfigureAwait(false)
                : await PostgresImportSession<T>.StartAsync(context, table, options, _time, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await context.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task<bool> DeleteAsync<T>(RecordTable<T> table, string caseId, string actor, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(caseId);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        await using var context = CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var key = table.Columns[0].Property;
        var stored = context.Set<T>().Where(e => EF.Property<string>(e, key) == caseId);
        var before = await stored.AsNoTracking().SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (before is null)
        {
            return false;
        }

        await stored.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        context.AuditEntries.Add(new AuditEntry
        {
            At = _time.GetUtcNow(),
            Actor = actor,
            Action = AuditAction.Delete,
            Entity = table.Entity,
            CaseId = caseId,
            Before = AuditJson.Of(table, before),
        });
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
