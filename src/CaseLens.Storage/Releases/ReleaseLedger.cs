using System.Globalization;
using CaseLens.Domain.Problems;
using CaseLens.Storage.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseLens.Storage.Releases;

/// <summary>
/// The disclosure ledger of a store: every report published from it (<see cref="ReleaseEntry"/>),
/// so that a new report can be audited against all of them. Entries are only ever added, each
/// audited (<see cref="AuditAction.Publish"/>) in the same transaction.
/// </summary>
public sealed class ReleaseLedger
{
    /// <summary>The code of a release refused because another was recorded after the ledger was read.</summary>
    public const string ChangedCode = "release.ledger.changed";

    private readonly StoreDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>The ledger of <paramref name="store"/>.</summary>
    public ReleaseLedger(CaseStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _database = store.Database;
        _time = store.Time;
    }

    /// <summary>Every release, oldest first.</summary>
    public async Task<IReadOnlyList<ReleaseEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = _database.CreateContext();
        return await context.Releases.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records <paramref name="entry"/> (its <see cref="ReleaseEntry.Id"/> and
    /// <see cref="ReleaseEntry.PublishedAt"/> are given here) with its audit entry, under the writer
    /// lock. The report was checked against the releases up to <paramref name="checkedUpTo"/> (the
    /// largest number read, 0 for none): when another has been recorded since, the report was not
    /// checked against it and is refused (<see cref="ProblemKind.Conflict"/>, <see cref="ChangedCode"/>), nothing written.
    /// </summary>
    public async Task<Result<ReleaseEntry>> RecordAsync(ReleaseEntry entry, long checkedUpTo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Actor);
        await using var context = _database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await _database.LockWritersAsync(context, cancellationToken).ConfigureAwait(false);
        var latest = await context.Releases.MaxAsync(r => (long?)r.Id, cancellationToken).ConfigureAwait(false) ?? 0;
        if (latest > checkedUpTo)
        {
            return Result<ReleaseEntry>.Fail(ProblemKind.Conflict, new Problem(
                ChangedCode,
                string.Create(CultureInfo.InvariantCulture, $"release {latest} was recorded while this report was being checked: make the report again so that it is checked against it")));
        }

        var now = _time.GetUtcNow();
        var recorded = entry with { Id = 0, PublishedAt = now };
        context.Releases.Add(recorded);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var audit = new AuditWriter(context.Database.GetDbConnection(), transaction.GetDbTransaction());
        await audit.AddAsync(
            new AuditEntry
            {
                At = now,
                Actor = recorded.Actor,
                Action = AuditAction.Publish,
                Entity = AuditedEntity.Release,
                Details = AuditJson.Release(recorded),
            },
            cancellationToken).ConfigureAwait(false);
        await audit.FlushAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Result<ReleaseEntry>.Ok(recorded);
    }
}
