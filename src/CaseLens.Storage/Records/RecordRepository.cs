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
        var removed = await RemoveDependentsAsync(context, caseId, actor, cancellationToken).ConfigureAwait(false);
        await CommitAuditedAsync(context, transaction, AuditAction.Delete, caseId, actor, before, null, cancellationToken, removed).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Removes what is kept of a case beside its record, inside the delete's transaction, so that
    /// nothing of it outlives the case (or is found by a later case given the same id); returns the
    /// audit entries of what it removed. A record with nothing beside it removes nothing.
    /// </summary>
    private protected virtual Task<IReadOnlyList<AuditEntry>> RemoveDependentsAsync(CaseStoreContext context, string caseId, string actor, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>([]);

    /// <summary>
    /// Replaces the stored record that has <paramref name="record"/>'s case id, only if
    /// <paramref name="unchanged"/> says the stored one is still the one the change was made from
    /// (optimistic concurrency: otherwise nothing is written and the stored record is returned), and
    /// audits the change with the record before and after, in one transaction that keeps other
    /// writers out between the check and the write.
    /// </summary>
    public async Task<Replacement<T>> ReplaceAsync(T record, Func<T, bool> unchanged, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(unchanged);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var caseId = Table.KeyOf(record);
        await using var context = Database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await Database.LockWritersAsync(context, cancellationToken).ConfigureAwait(false);
        var before = await WithId(context, caseId).AsNoTracking().SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (before is null)
        {
            return new Replacement<T>(ReplacementOutcome.Missing, null);
        }

        if (!unchanged(before))
        {
            return new Replacement<T>(ReplacementOutcome.Stale, before);
        }

        context.Set<T>().Update(record);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await CommitAuditedAsync(context, transaction, AuditAction.Update, caseId, actor, before, record, cancellationToken).ConfigureAwait(false);
        return new Replacement<T>(ReplacementOutcome.Replaced, before);
    }

    /// <summary>Adds the change's audit entry through the one audit writer, then commits the change and its entry together.</summary>
    private async Task CommitAuditedAsync(CaseStoreContext context, IDbContextTransaction transaction, AuditAction action, string caseId, string actor, T before, T? after, CancellationToken cancellationToken, IReadOnlyList<AuditEntry>? alsoAudited = null)
    {
        var audit = new AuditWriter(context.Database.GetDbConnection(), transaction.GetDbTransaction());
        await audit.AddAsync(
            new AuditEntry
            {
                At = Time.GetUtcNow(),
                Actor = actor,
                Action = action,
                Entity = Table.Entity,
                CaseId = caseId,
                Before = AuditJson.Of(Table, before),
                After = after is null ? null : AuditJson.Of(Table, after),
            },
            cancellationToken).ConfigureAwait(false);
        foreach (var entry in alsoAudited ?? [])
        {
            await audit.AddAsync(entry, cancellationToken).ConfigureAwait(false);
        }

        await audit.FlushAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private IQueryable<T> WithId(CaseStoreContext context, string caseId)
    {
        var key = Table.Columns[0].Property;
        return context.Set<T>().Where(e => EF.Property<string>(e, key) == caseId);
    }
}
