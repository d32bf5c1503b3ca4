using CaseLens.Domain.Access;
using CaseLens.Domain.Problems;
using CaseLens.Storage;
using CaseLens.Storage.Auditing;

namespace CaseLens.Application.Cases;

/// <summary>The audit trail of one notification, for a person in scope: who changed or viewed it, when, and each field's before and after.</summary>
public sealed class CaseHistory(CaseStore store)
{
    private readonly OpenCase _open = new(store);
    private readonly AuditTrail _audit = new(store);

    /// <summary>The case's entries, newest first; NotFound when the case is unknown or out of scope.</summary>
    public async Task<Result<IReadOnlyList<CaseChange>>> ListAsync(AccessRights rights, string caseId, CancellationToken cancellationToken = default)
    {
        var found = await _open.ReadAsync(rights, caseId, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return Result<IReadOnlyList<CaseChange>>.Fail(ProblemKind.NotFound, found.Problems);
        }

        var entries = await _audit.ListAsync(caseId, cancellationToken).ConfigureAwait(false);
        return Result<IReadOnlyList<CaseChange>>.Ok([.. entries
            .Where(e => e.Entity == AuditedEntity.Notification)
            .OrderByDescending(e => e.Id)
            .Select(e => new CaseChange(e.Id, e.At, e.Actor, e.Action, AuditedFields.Changed(e.Before, e.After)))]);
    }
}
