using CaseLens.Application.Intensive;
using CaseLens.Domain.Access;
using CaseLens.Domain.Problems;
using CaseLens.Domain.Validation;
using CaseLens.Storage;
using CaseLens.Storage.Auditing;

namespace CaseLens.Application.Cases;

/// <summary>
/// The audit trail of one case, for a person in scope: who changed or viewed it, when, and each
/// field's before and after. A notification's and an intensive case's are read the same way; only
/// the scope check and the kinds of entry that belong to the case differ.
/// </summary>
public sealed class CaseHistory(CaseStore store)
{
    private readonly OpenCase _open = new(store);
    private readonly OpenIntensiveCase _openIntensive = new(store);
    private readonly AuditTrail _audit = new(store);

    /// <summary>The notification's entries, newest first; NotFound when the case is unknown or out of scope.</summary>
    public async Task<Result<IReadOnlyList<CaseChange>>> ListAsync(AccessRights rights, string caseId, CancellationToken cancellationToken = default)
    {
        var found = await _open.ReadAsync(rights, caseId, cancellationToken).ConfigureAwait(false);
        return found.Succeeded
            ? Result<IReadOnlyList<CaseChange>>.Ok(await ChangesAsync(caseId, NotificationFields, cancellationToken).ConfigureAwait(false))
            : Result<IReadOnlyList<CaseChange>>.Fail(ProblemKind.NotFound, found.Problems);
    }

    /// <summary>
    /// The intensive case's entries, newest first: its coding and health markers, and its summary,
    /// chronology and quotes. NotFound when the case is unknown or the person's scope is not national.
    /// </summary>
    public async Task<Result<IReadOnlyList<CaseChange>>> ListIntensiveAsync(AccessRights rights, string caseId, CancellationToken cancellationToken = default)
    {
        var found = await _openIntensive.ReadAsync(rights, caseId, cancellationToken).ConfigureAwait(false);
        return found.Succeeded
            ? Result<IReadOnlyList<CaseChange>>.Ok(await ChangesAsync(caseId, IntensiveFields, cancellationToken).ConfigureAwait(false))
            : Result<IReadOnlyList<CaseChange>>.Fail(ProblemKind.NotFound, found.Problems);
    }

    private static IReadOnlyList<FieldChange>? NotificationFields(AuditEntry entry) =>
        entry.Entity == AuditedEntity.Notification ? AuditedFields.Changed(entry.Before, entry.After) : null;

    // An intensive case and a notification may share an id: the entity, not the id, says whose entry it is.
    private static IReadOnlyList<FieldChange>? IntensiveFields(AuditEntry entry) => entry.Entity switch
    {
        AuditedEntity.IntensiveCase => AuditedFields.Changed(IntensiveColumns.All, entry.Before, entry.After),
        AuditedEntity.CaseSummary => AuditedFields.ChangedByName(entry.Before, entry.After),
        _ => null,
    };

    /// <summary>The case's entries that <paramref name="fieldsOf"/> claims (non-null), newest first.</summary>
    private async Task<IReadOnlyList<CaseChange>> ChangesAsync(string caseId, Func<AuditEntry, IReadOnlyList<FieldChange>?> fieldsOf, CancellationToken cancellationToken)
    {
        var entries = await _audit.ListAsync(caseId, cancellationToken).ConfigureAwait(false);
        return [.. entries
            .OrderByDescending(e => e.Id)
            .Select(e => (Entry: e, Fields: fieldsOf(e)))
            .Where(x => x.Fields is not null)
            .Select(x => new CaseChange(x.Entry.Id, x.Entry.At, x.Entry.Actor, x.Entry.Action, x.Entry.Entity, x.Fields!))];
    }
}
