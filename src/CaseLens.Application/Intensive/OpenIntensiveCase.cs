using CaseLens.Application.Cases;
using CaseLens.Domain.Access;
using CaseLens.Domain.Problems;
using CaseLens.Storage;
using CaseLens.Storage.Auditing;
using CaseLens.Storage.Records;

namespace CaseLens.Application.Intensive;

/// <summary>
/// One intensive case for a person whose scope covers the sample (<see cref="AccessRights.SeesIntensiveCases"/>),
/// the view recorded in the audit trail. An unknown id and one the person may not see both give the
/// same <see cref="ProblemKind.NotFound"/> as a notification's.
/// </summary>
public sealed class OpenIntensiveCase(CaseStore store)
{
    private readonly IntensiveCaseRepository _cases = new(store);
    private readonly AuditTrail _audit = new(store);

    /// <summary>The case, its view audited as <paramref name="actor"/>'s.</summary>
    public async Task<Result<IntensiveVersion>> OpenAsync(AccessRights rights, string caseId, string actor, CancellationToken cancellationToken = default)
    {
        var found = await ReadAsync(rights, caseId, cancellationToken).ConfigureAwait(false);
        if (found.Succeeded)
        {
            await _audit.RecordViewAsync(AuditedEntity.IntensiveCase, caseId, actor, cancellationToken).ConfigureAwait(false);
        }

        return found;
    }

    /// <summary>The case without recording a view (for a check that shows nothing of it).</summary>
    internal async Task<Result<IntensiveVersion>> ReadAsync(AccessRights rights, string caseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rights);
        ArgumentNullException.ThrowIfNull(caseId);
        if (!rights.SeesIntensiveCases)
        {
            return Result<IntensiveVersion>.Fail(ProblemKind.NotFound, CaseScope.NotFound(caseId));
        }

        var record = await _cases.FindAsync(caseId, cancellationToken).ConfigureAwait(false);
        return record is not null
            ? Result<IntensiveVersion>.Ok(new IntensiveVersion(record))
            : Result<IntensiveVersion>.Fail(ProblemKind.NotFound, CaseScope.NotFound(caseId));
    }
}
