using Microsoft.EntityFrameworkCore;

namespace CaseLens.Storage.Auditing;

/// <summary>The audit trail of a store: every change to case data, who made it and when.</summary>
public sealed class AuditTrail
{
    private readonly StoreDatabase _database;

    /// <summary>The audit trail of <paramref name="store"/>.</summary>
    public AuditTrail(CaseStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _database = store.Database;
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
}
