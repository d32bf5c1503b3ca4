using CaseLens.Domain.Notifications;
using CaseLens.Storage.Importing;
using CaseLens.Storage.Model;
using CaseLens.Storage.Postgres.CodedRead;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CaseLens.Storage.Postgres;

/// <summary>
/// A store in a PostgreSQL database. Transactions are READ COMMITTED, so writers of case data are
/// kept apart by <see cref="PostgresWriterLock"/>. Reads go through EF's queries and a compiled
/// record reader; the coded read reads the columns itself (<see cref="CodedNotificationReader"/>).
/// </summary>
internal sealed class PostgresDatabase(StoreLocation location) : StoreDatabase(location)
{
    protected override string IntegrityQuery =>
        "SELECT 'ok' FROM (SELECT count(*) FROM notifications UNION ALL SELECT count(*) FROM intensive_cases UNION ALL SELECT count(*) FROM audit_entries) counts LIMIT 1";

    public override CaseStoreContext CreateContext() =>
        new PostgresCaseStoreContext(new DbContextOptionsBuilder<PostgresCaseStoreContext>().UseNpgsql(Location.ConnectionString).Options);

    public override System.Data.Common.DbConnection CreateConnection() => new NpgsqlConnection(Location.ConnectionString);

    public override Task<ImportSession<T>> StartImportAsync<T>(RecordTable<T> table, ImportOptions options, TimeProvider time, CancellationToken cancellationToken) =>
        PostgresImportSession<T>.StartAsync(Location.ConnectionString, table, options, time, cancellationToken);

    /// <summary>
    /// PostgreSQL text search in English (the expression index <c>ix_notifications_outline_search</c>
    /// holds the same <c>to_tsvector</c>); <c>plainto_tsquery</c> reads the words as plain words.
    /// </summary>
    public override IQueryable<Notification> WithOutlineWords(CaseStoreContext context, IQueryable<Notification> query, string words) =>
        query.Where(n => EF.Functions.ToTsVector(OutlineLanguage, n.CaseOutline!).Matches(EF.Functions.PlainToTsQuery(OutlineLanguage, words)));

    /// <summary>
    /// One query, EF's filter in its SQL, read column by column into codes and canonical lines
    /// (<see cref="CodedNotificationReader"/>) with no record built. One reader on one connection
    /// (not split into ranges read in parallel as on SQLite; <paramref name="minRowsForParallelRead"/> is not used).
    /// </summary>
    public override async Task<CodedNotifications> ReadCodedNotificationsAsync(NotificationFilter scope, long minRowsForParallelRead, CancellationToken cancellationToken)
    {
        var loading = CodedNotificationReader.LoadAsync();
        await using var context = CreateContext();
        var reader = await loading.ConfigureAwait(false);
        return await reader.ReadAsync(context, scope, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The text-search configuration of the outlines, in the index and in every query.</summary>
    internal const string OutlineLanguage = "english";

    public override Task LockWritersAsync(CaseStoreContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var transaction = context.Database.CurrentTransaction ?? throw new InvalidOperationException("Writers are locked out inside a transaction.");
        return PostgresWriterLock.TakeAsync(context.Database.GetDbConnection(), transaction.GetDbTransaction(), cancellationToken);
    }

    /// <summary>
    /// Nothing can be done from here: PostgreSQL keeps the old row versions in the table's files
    /// until VACUUM marks their space free and later writes reuse it (VACUUM FULL rewrites the
    /// table; it locks it, so it is left to an administrator). Disk encryption covers them meanwhile.
    /// </summary>
    public override Task ForgetDroppedValuesAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override void ReleaseConnections()
    {
        using var connection = new NpgsqlConnection(Location.ConnectionString);
        NpgsqlConnection.ClearPool(connection);
    }
}
