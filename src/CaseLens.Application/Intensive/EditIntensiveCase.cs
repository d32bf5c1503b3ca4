using CaseLens.Application.Cases;
using CaseLens.Domain.Access;
using CaseLens.Domain.Problems;
using CaseLens.Domain.Validation;
using CaseLens.Storage;
using CaseLens.Storage.Records;
using C = CaseLens.Domain.Validation.IntensiveColumns;

namespace CaseLens.Application.Intensive;

/// <summary>
/// Saves an edited intensive case (its coding, health markers and place on the threshold map): read
/// with the import's rule set (<see cref="IntensiveCoding"/>), refused when the case changed since
/// the editor read it, and audited with the record before and after by the store.
/// </summary>
public sealed class EditIntensiveCase(CaseStore store)
{
    private readonly IntensiveCaseRepository _cases = new(store);
    private readonly OpenIntensiveCase _open = new(store);

    /// <summary>
    /// Places the case on the threshold map: its level of intervention and co-operation codes
    /// (empty for not known), every other field as stored, saved and checked as any edit.
    /// </summary>
    public async Task<IntensiveEdit> PlaceAsync(AccessRights rights, string caseId, string version, string? level, string? cooperation, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rights);
        var stored = await _open.ReadAsync(rights, caseId, cancellationToken).ConfigureAwait(false);
        if (!stored.Succeeded)
        {
            return new IntensiveEdit(stored);
        }

        var cells = stored.Value.Cells;
        string? Cell(string column) => column switch
        {
            C.InterventionLevel => level,
            C.Cooperation => cooperation,
            _ => cells.GetValueOrDefault(column),
        };
        return await SaveAsync(rights, caseId, version, Cell, actor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Saves <paramref name="cells"/> (column name → text, as a form posts them) over the case
    /// <paramref name="caseId"/>, made from the version whose token is <paramref name="version"/>.
    /// The case id itself is never changed.
    /// </summary>
    public async Task<IntensiveEdit> SaveAsync(AccessRights rights, string caseId, string version, Func<string, string?> cells, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rights);
        ArgumentNullException.ThrowIfNull(cells);
        var stored = await _open.ReadAsync(rights, caseId, cancellationToken).ConfigureAwait(false);
        if (!stored.Succeeded || !rights.EditsCases)
        {
            return new IntensiveEdit(Result<IntensiveVersion>.Fail(ProblemKind.NotFound, CaseScope.NotFound(caseId)));
        }

        var parsed = IntensiveCoding.Parse(column => column == C.CaseId ? caseId : cells(column));
        if (parsed.Value is not { } record)
        {
            return new IntensiveEdit(Result<IntensiveVersion>.Fail(ProblemKind.Invalid, parsed.Problems));
        }

        // Saving what is stored already writes nothing, and so audits nothing.
        if (IntensiveVersion.TokenOf(record) == version && stored.Value.Token == version)
        {
            return new IntensiveEdit(stored);
        }

        var replaced = await _cases.ReplaceAsync(record, before => IntensiveVersion.TokenOf(before) == version, actor, cancellationToken).ConfigureAwait(false);
        return replaced.Outcome switch
        {
            ReplacementOutcome.Replaced => new IntensiveEdit(Result<IntensiveVersion>.Ok(new IntensiveVersion(record))),
            ReplacementOutcome.Stale when IntensiveVersion.TokenOf(replaced.Stored!) == IntensiveVersion.TokenOf(record) => new IntensiveEdit(Result<IntensiveVersion>.Ok(new IntensiveVersion(record))),
            ReplacementOutcome.Stale => new IntensiveEdit(
                Result<IntensiveVersion>.Fail(ProblemKind.Conflict, new Problem("case.edit.stale", "Someone else saved this case after you opened it. Nothing of yours was saved.")),
                new IntensiveVersion(replaced.Stored!)),
            _ => new IntensiveEdit(Result<IntensiveVersion>.Fail(ProblemKind.NotFound, CaseScope.NotFound(caseId))),
        };
    }
}
