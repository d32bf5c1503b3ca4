using CaseLens.Application.Stores;
using CaseLens.Domain.Problems;
using CaseLens.Storage;
using CaseLens.Storage.Auditing;
using CaseLens.Storage.Opening;

namespace CaseLens.Application.Auditing;

/// <summary>
/// Audit retention: drops the before and after copies of the records in audit entries made before a
/// day, keeping who changed which case, how and when. The store is opened for writing but never
/// created or migrated (a mistyped name must not make an empty store), and the prune is itself audited.
/// </summary>
public static class AuditPrune
{
    /// <summary>
    /// Prunes the entries of <paramref name="address"/> made before the start (UTC) of <paramref name="before"/>.
    /// </summary>
    /// <returns>What was pruned; an <see cref="ProblemKind.Invalid"/> failure for a missing, foreign or
    /// newer store or a day after today, with nothing changed.</returns>
    public static async Task<Result<AuditPruneOutcome>> RunAsync(
        StoreAddress address, DateOnly before, string actor, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(time);
        if (string.IsNullOrWhiteSpace(actor))
        {
            return Result<AuditPruneOutcome>.Fail(ProblemKind.Invalid, new Problem("audit.prune.actor", "--actor must name who prunes the audit"));
        }

        var opened = await StoreOpening.OpenAsync(address.Location, StoreUse.Write, time, cancellationToken).ConfigureAwait(false);
        if (!opened.Succeeded)
        {
            return Result<AuditPruneOutcome>.Fail(opened.Kind!.Value, opened.Problems);
        }

        await using var store = opened.Value.Store;
        var cutOff = new DateTimeOffset(before.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return await new AuditTrail(store).PruneAsync(cutOff, actor, cancellationToken).ConfigureAwait(false);
    }
}
