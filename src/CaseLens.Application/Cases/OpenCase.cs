using CaseLens.Domain.Access;
using CaseLens.Domain.Problems;
using CaseLens.Storage;
using CaseLens.Storage.Auditing;
using CaseLens.Storage.Records;

namespace CaseLens.Application.Cases;

/// <summary>
/// One notification for a person in scope, the view recorded in the audit trail. An unknown id and
/// an id outside the scope both give the same <see cref="ProblemKind.NotFound"/>.
/// </summary>
public sealed class OpenCase(CaseStore store)
{
    private readonly NotificationRepository _notifications = new(store);
    private readonly AuditTrail _audit = new(store);

    /// <summary>The case, its view audited as <paramref name="actor"/>'s; NotFound when unknown or out of scope.</summary>
    public async Task<Result<CaseVersion>> OpenAsync(AccessRights rights, string caseId, string actor, CancellationToken cancellationToken = default)
    {
        var found = await ReadAsync(rights, caseId, cancellationToken).ConfigureAwait(false);
        if (found.Succeeded)
        {
            await _audit.RecordViewAsync(AuditedEntity.Notification, caseId, actor, cancellationToken).ConfigureAwait(false);
        }

        return found;
    }

    /// <summary>The case without recording a view (for a check that shows nothing of it).</summary>
    internal async Task<Result<CaseVersion>> ReadAsync(AccessRights rights, string caseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rights);
        ArgumentNullException.ThrowIfNull(caseId);
        var record = await _notifications.FindAsync(caseId, cancellationToken).ConfigureAwait(false);
        return record is not null && rights.MaySee(record.Board)
            ? Result<CaseVersion>.Ok(new CaseVersion(record))
            : Result<CaseVersion>.Fail(ProblemKind.NotFound, CaseScope.NotFound(caseId));
    }
}
