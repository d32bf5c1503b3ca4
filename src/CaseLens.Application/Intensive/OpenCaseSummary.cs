using CaseLens.Domain.Access;
using CaseLens.Domain.Problems;
using CaseLens.Storage;
using CaseLens.Storage.Auditing;
using CaseLens.Storage.Summaries;

namespace CaseLens.Application.Intensive;

/// <summary>
/// The summary of an intensive case (template sections, brief chronology, useful quotes), for a
/// person who may see the case (<see cref="OpenIntensiveCase"/>: otherwise the same NotFound), the
/// view recorded in the audit trail.
/// </summary>
public sealed class OpenCaseSummary(CaseStore store)
{
    private readonly OpenIntensiveCase _case = new(store);
    private readonly CaseSummaryRepository _summaries = new(store);
    private readonly AuditTrail _audit = new(store);

    /// <summary>The summary (empty when none is written yet), its view audited as <paramref name="actor"/>'s.</summary>
    public async Task<Result<SummaryVersion>> OpenAsync(AccessRights rights, string caseId, string actor, CancellationToken cancellationToken = default)
    {
        var found = await ReadAsync(rights, caseId, cancellationToken).ConfigureAwait(false);
        if (found.Succeeded)
        {
            await _audit.RecordViewAsync(AuditedEntity.CaseSummary, caseId, actor, cancellationToken).ConfigureAwait(false);
        }

        return found;
    }

    /// <summary>The summary without recording a view.</summary>
    internal async Task<Result<SummaryVersion>> ReadAsync(AccessRights rights, string caseId, CancellationToken cancellationToken)
    {
        var found = await _case.ReadAsync(rights, caseId, cancellationToken).ConfigureAwait(false);
        return found.Succeeded
            ? Result<SummaryVersion>.Ok(new SummaryVersion(await _summaries.FindAsync(caseId, cancellationToken).ConfigureAwait(false)))
            : Result<SummaryVersion>.Fail(ProblemKind.NotFound, found.Problems);
    }
}
