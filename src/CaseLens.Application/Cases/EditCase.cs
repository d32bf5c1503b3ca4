using CaseLens.Domain.Access;
using CaseLens.Domain.Problems;
using CaseLens.Domain.Validation;
using CaseLens.Storage;
using CaseLens.Storage.Records;
using C = CaseLens.Domain.Validation.NotificationColumns;

namespace CaseLens.Application.Cases;

/// <summary>
/// Saves an edited notification: read with the import's rule set (<see cref="NotificationCoding"/>),
/// kept within the editor's scope, refused when the case changed since the editor read it, and
/// audited with the record before and after.
/// </summary>
public sealed class EditCase(CaseStore store, TimeProvider time)
{
    private readonly NotificationRepository _notifications = new(store);
    private readonly OpenCase _open = new(store);

    /// <summary>
    /// Saves the cells <paramref name="cells"/> (column name → text, as a form posts them) over the
    /// case <paramref name="caseId"/>, made from the version whose token is <paramref name="version"/>.
    /// The case id itself is never changed.
    /// </summary>
    public async Task<CaseEdit> SaveAsync(AccessRights rights, string caseId, string version, Func<string, string?> cells, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rights);
        ArgumentNullException.ThrowIfNull(cells);
        var stored = await _open.ReadAsync(rights, caseId, cancellationToken).ConfigureAwait(false);
        if (!stored.Succeeded || !rights.EditsCases)
        {
            return new CaseEdit(Result<CaseVersion>.Fail(ProblemKind.NotFound, CaseScope.NotFound(caseId)));
        }

        var parsed = NotificationCoding.Parse(column => column == C.CaseId ? caseId : cells(column), DateLimits.Today(time));
        if (parsed.Value is not { } record)
        {
            return new CaseEdit(Result<CaseVersion>.Fail(ProblemKind.Invalid, parsed.Problems));
        }

        if (!rights.Scope.Covers(record.Board))
        {
            return new CaseEdit(Result<CaseVersion>.Fail(ProblemKind.Invalid, new Problem(
                "case.board.out_of_scope", "This board is outside your scope: you could no longer see the case.", Column: C.Board)));
        }

        // Saving what is stored already writes nothing, and so audits nothing.
        if (CaseVersion.TokenOf(record) == version && stored.Value.Token == version)
        {
            return new CaseEdit(stored);
        }

        var replaced = await _notifications.ReplaceAsync(record, before => CaseVersion.TokenOf(before) == version, actor, cancellationToken).ConfigureAwait(false);
        return replaced.Outcome switch
        {
            ReplacementOutcome.Replaced => new CaseEdit(Result<CaseVersion>.Ok(new CaseVersion(record))),
            // Someone saved exactly this meanwhile: nothing is left to save, nothing to resolve.
            ReplacementOutcome.Stale when CaseVersion.TokenOf(replaced.Stored!) == CaseVersion.TokenOf(record) => new CaseEdit(Result<CaseVersion>.Ok(new CaseVersion(record))),
            ReplacementOutcome.Stale when rights.MaySee(replaced.Stored!.Board) => new CaseEdit(
                Result<CaseVersion>.Fail(ProblemKind.Conflict, new Problem("case.edit.stale", "Someone else saved this case after you opened it. Nothing of yours was saved.")),
                new CaseVersion(replaced.Stored)),
            _ => new CaseEdit(Result<CaseVersion>.Fail(ProblemKind.NotFound, CaseScope.NotFound(caseId))),
        };
    }
}
