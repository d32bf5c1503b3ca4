using System.Globalization;
using CaseLens.Domain.Problems;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseLens.Storage.Auditing;

/// <summary>
/// The audit trail of a store: every change to case data, who made it and when, and for an update
/// or a delete the record before and after. The values are case contents; an administrator may
/// drop those of old entries (<see cref="PruneAsync(DateTimeOffset, string, CancellationToken)"/>)
/// while the rest of each entry stays.
/// </summary>
public sealed class AuditTrail
{
    private readonly StoreDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>The audit trail of <paramref name="store"/>.</summary>
    public AuditTrail(CaseStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _database = store.Database;
        _time = store.Time;
    }

    /// <summary>The entries, oldest first; only those about <paramref name="caseId"/> when given.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string? caseId = null, CancellationToken cancellationToken = default)
    {
        await using var context = _database.CreateContext();
        var query = context.AuditEntries.AsNoTracking();
        if (caseId is not null)
        {
            query = query.Where(a => a.CaseId == caseId);
        }

        return await query.OrderBy(a => a.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records that <paramref name="actor"/> was shown the record <paramref name="caseId"/>
    /// (<see cref="AuditAction.View"/>): who and when, with no values. Written by the one audit writer.
    /// </summary>
    public async Task RecordViewAsync(AuditedEntity entity, string caseId, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        await using var context = _database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var audit = new AuditWriter(context.Database.GetDbConnection(), transaction.GetDbTransaction());
        await audit.AddAsync(
            new AuditEntry { At = _time.GetUtcNow(), Actor = actor, Action = AuditAction.View, Entity = entity, CaseId = caseId },
            cancellationToken).ConfigureAwait(false);
        await audit.FlushAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Drops the record before and after (<see cref="AuditEntry.Before"/>, <see cref="AuditEntry.After"/>)
    /// of every entry made before <paramref name="before"/>, keeping who changed which record, how
    /// and when, and an import's details. The prune is itself audited (<see cref="AuditAction.Prune"/>:
    /// who, when, the cut-off and how many entries lost their values), in the same transaction.
    /// Afterwards a SQLite store is rewritten so that no dropped value stays in the file; PostgreSQL
    /// keeps old row versions until VACUUM reuses their space (docs/security.md).
    /// </summary>
    /// <param name="before">The cut-off; entries made at it or later keep their values. Refused when
    /// later than now (the store's <see cref="TimeProvider"/>): a mistyped year would drop everything.</param>
    /// <param name="actor">The administrator's user name, recorded in the prune's entry.</param>
    /// <param name="cancellationToken">Cancels before the commit; nothing is dropped then.</param>
    /// <returns>The outcome, or a failure of kind <see cref="ProblemKind.Invalid"/> (code
    /// <c>audit.prune.future</c>) when the cut-off is later than now; nothing is changed then.</returns>
    public async Task<Result<AuditPruneOutcome>> PruneAsync(DateTimeOffset before, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var cutOff = before.ToUniversalTime();
        var now = _time.GetUtcNow();
        if (cutOff > now)
        {
            return Result<AuditPruneOutcome>.Fail(ProblemKind.Invalid, new Problem(
                "audit.prune.future",
                string.Create(CultureInfo.InvariantCulture, $"the cut-off {cutOff:yyyy-MM-dd HH:mm:ss'Z'} is later than now ({now:yyyy-MM-dd HH:mm:ss'Z'}): only entries already made can be pruned")));
        }

        int pruned;
        await using (var context = _database.CreateContext())
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await _database.LockWritersAsync(context, cancellationToken).ConfigureAwait(false);
            pruned = await _database.DropAuditValuesAsync(context, cutOff, cancellationToken).ConfigureAwait(false);
            var audit = new AuditWriter(context.Database.GetDbConnection(), transaction.GetDbTransaction());
            await audit.AddAsync(
                new AuditEntry
                {
                    At = now,
                    Actor = actor,
                    Action = AuditAction.Prune,
                    Entity = AuditedEntity.AuditTrail,
                    Details = AuditJson.Prune(cutOff, pruned),
                },
                cancellationToken).ConfigureAwait(false);
            await audit.FlushAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        if (pruned > 0)
        {
            await _database.ForgetDroppedValuesAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return Result<AuditPruneOutcome>.Ok(new AuditPruneOutcome(cutOff, pruned));
    }

    /// <summary>
    /// <see cref="PruneAsync(DateTimeOffset, string, CancellationToken)"/> with the cut-off at the
    /// start of <paramref name="day"/> in UTC, as <c>caselens audit prune --before DATE</c> reads
    /// DATE: entries made on that day keep their values.
    /// </summary>
    public Task<Result<AuditPruneOutcome>> PruneAsync(DateOnly day, string actor, CancellationToken cancellationToken = default) =>
        PruneAsync(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), actor, cancellationToken);
}
