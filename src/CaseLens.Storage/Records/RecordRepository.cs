using CaseLens.Storage.Auditing;
using CaseLens.Storage.Importing;
using CaseLens.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseLens.Storage.Records;

/// <summary>
/// What every kind of case record shares in the store: finding one by its case id, importing a
/// file of them and deleting one, each change audited. Every operation uses its own connection.
/// </summary>
public abstract class RecordRepository<T>
    where T : class
{
    private protected RecordRepository(CaseStore store, RecordTable<T> table)
    {
        ArgumentNullException.ThrowIfNull(store);
        Database = store.Database;
        Time = store.Time;
        Table = table;
    }

    private protected StoreDatabase Database { get; }

    private protected TimeProvider Time { get; }

    private protected RecordTable<T> Table { get; }

    /// <summary>The record with exactly this case id, or null.</summary>
    public async Task<T?> FindAsync(string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        await using var context = Database.CreateContext();
        return await WithId(context, caseId).AsNoTracking().SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts an all-or-nothing import (see <see cref="ImportSession{T}"/>).</summary>
    public async Task<ImportSession<T>> BeginImportAsync(ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return await Database.StartImportAsync(Table, options, Time, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the record with this case id, audited with its stored values; false when none had it.</summary>
    public async Task<bool> DeleteAsync(string caseId, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        await using var context = Database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await Database.LockWritersAsync(context, cancellationToken).ConfigureAwait(false);
        var stored = WithId(context, caseId);
        var before = await stored.AsNoTracking().SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (before is null)
        {
            return false;
        }

        await stored.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        var audit = new AuditWriter(context.Database.GetDbConnection(), transaction.GetDbTransaction());
        await audit.AddAsync(
            new AuditEntry
            {
                At = Time.GetUtcNow(),
                Actor = actor,
                Action = AuditAction.Delete,
                Entity = Table.Entity,
                CaseId = caseId,
                Before = AuditJson.Of(Table, before),
            },
            cancellationToken).ConfigureAwait(false);
        await audit.FlushAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private IQueryable<T> WithId(CaseStoreContext context, string caseId)
    {
        var key = Table.Columns[0].Property;
        return context.Set<T>().Where(e => EF.Property<string>(e, key) == caseId);
    }
}
