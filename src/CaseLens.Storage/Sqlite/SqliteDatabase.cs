using System.Runtime.CompilerServices;
using CaseLens.Domain.Notifications;
using CaseLens.Storage.Importing;
using CaseLens.Storage.Model;
using CaseLens.Storage.Querying;
using CaseLens.Storage.Sqlite.CodedRead;
using CaseLens.Storage.Sqlite.Native;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaseLens.Storage.Sqlite;

/// <summary>
/// A store in a SQLite file. Writers are kept apart by SQLite itself: every transaction begun
/// through EF is <c>BEGIN IMMEDIATE</c>, which takes the file's write lock at once (a second
/// writer waits its busy timeout), while readers go on in WAL mode. Reads that need no EF query
/// (the coded read, every intensive case) step hand-written SQL by direct calls.
/// </summary>
internal sealed class SqliteDatabase(StoreLocation location) : StoreDatabase(location)
{
    protected override string IntegrityQuery => "PRAGMA integrity_check";

    public override CaseStoreContext CreateContext() =>
        new SqliteCaseStoreContext(new DbContextOptionsBuilder<SqliteCaseStoreContext>().UseSqlite(Location.ConnectionString).Options);

    public override System.Data.Common.DbConnection CreateConnection() => new SqliteConnection(Location.ConnectionString);

    public override Task<ImportSession<T>> StartImportAsync<T>(RecordTable<T> table, ImportOptions options, TimeProvider time, CancellationToken cancellationToken) =>
        SqliteImportSession<T>.StartAsync(Location.ConnectionString, table, options, time, cancellationToken);

    // The transaction holds the write lock already (BEGIN IMMEDIATE).
    public override Task LockWritersAsync(CaseStoreContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// The outlines' FTS5 table (<c>notification_outlines</c>, kept in step by triggers on
    /// <c>notifications</c>) is asked for the rowids of the matching rows, and those rows for their
    /// case ids; each word is a quoted string, so nothing typed is read as FTS5 syntax.
    /// </summary>
    public override IQueryable<Notification> WithOutlineWords(CaseStoreContext context, IQueryable<Notification> query, string words)
    {
        ArgumentNullException.ThrowIfNull(context);
        var match = OutlineMatch(words);
        var ids = context.Database.SqlQuery<string>(
            $"SELECT case_id AS \"Value\" FROM notifications WHERE rowid IN (SELECT rowid FROM notification_outlines WHERE notification_outlines MATCH {match})");
        return query.Where(n => ids.Contains(n.CaseId));
    }

    /// <summary>An FTS5 query holding every word of <paramref name="words"/>, each as a string.</summary>
    internal static string OutlineMatch(string words) => string.Join(
        ' ',
        words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    /// <summary>
    /// EF cannot compare dates with offsets on SQLite, which keeps them as text
    /// (<c>yyyy-MM-dd HH:mm:ss.FFFFFFFzzz</c>). Every audit time is UTC (<c>+00:00</c>), and so is
    /// the cut-off bound here in the same form, so comparing the texts orders them as times.
    /// </summary>
    public override Task<int> DropAuditValuesAsync(CaseStoreContext context, DateTimeOffset cutOff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var utc = cutOff.ToUniversalTime();
        return context.Database.ExecuteSqlAsync(
            $"UPDATE audit_entries SET \"before\" = NULL, \"after\" = NULL WHERE \"at\" < {utc} AND (\"before\" IS NOT NULL OR \"after\" IS NOT NULL)",
            cancellationToken);
    }

    /// <summary>
    /// Rewrites the file (<c>VACUUM</c>), so that no free page or free space in a page keeps a
    /// dropped value, and then empties the write-ahead log into it, which held the old pages too.
    /// </summary>
    public override async Task ForgetDroppedValuesAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(Location.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM; PRAGMA wal_checkpoint(TRUNCATE);";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void ReleaseConnections()
    {
        using var connection = new SqliteConnection(Location.ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>Hand-written SQL, stepped by direct calls: a report read from the store compiles no EF query.</summary>
    public override async IAsyncEnumerable<T> StreamAllAsync<T>(RecordTable<T> table, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(Location.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var sql = $"SELECT {table.ColumnList} FROM {table.Name} ORDER BY {table.KeyColumn}";
        await foreach (var item in RecordReader<T>.StreamSqliteAsync(connection, sql, table.Columns, cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    /// <summary>
    /// Reads the rows straight from the database, with no EF, in parallel over ranges of case id
    /// for a large store, and hashes them as they are read (<see cref="CodedNotificationReader"/>).
    /// Where the direct calls are not available it streams records as every engine can.
    /// </summary>
    public override async Task<CodedNotifications> ReadCodedNotificationsAsync(NotificationFilter scope, long minRowsForParallelRead, CancellationToken cancellationToken)
    {
        if (!SqliteStatement.Direct)
        {
            return await base.ReadCodedNotificationsAsync(scope, minRowsForParallelRead, cancellationToken).ConfigureAwait(false);
        }

        var loading = CodedNotificationReader.LoadAsync();
        // Every range reads the same state of the store: nothing is committed until the read is done.
        using var hold = SqliteWriterHold.Take(Location.ConnectionString);
        var (ranges, starts, rows) = NotificationRanges.Split(hold, minRowsForParallelRead);
        var reader = await loading.ConfigureAwait(false);
        return await reader.ReadAsync(Location.ConnectionString, scope, ranges, starts, rows, cancellationToken).ConfigureAwait(false);
    }
}
