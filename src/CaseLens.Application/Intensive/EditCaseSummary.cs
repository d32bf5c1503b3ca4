using CaseLens.Application.Cases;
using CaseLens.Domain.Access;
using CaseLens.Domain.CaseSummaries;
using CaseLens.Domain.Problems;
using CaseLens.Domain.Validation;
using CaseLens.Storage;
using CaseLens.Storage.Records;
using CaseLens.Storage.Summaries;

namespace CaseLens.Application.Intensive;

/// <summary>
/// Saves an intensive case's summary, chronology and quotes, read with their rules
/// (<see cref="SummaryCoding"/>), refused when the summary changed since the editor read it, and
/// audited by the store with every field before and after.
/// </summary>
public sealed class EditCaseSummary(CaseStore store, TimeProvider time)
{
    private readonly OpenCaseSummary _open = new(store);
    private readonly CaseSummaryRepository _summaries = new(store);

    /// <summary>
    /// Saves the fields <paramref name="cells"/> (name → text, as the form posts them, with
    /// <paramref name="chronologyRows"/> and <paramref name="quoteRows"/> rows) over the summary of
    /// <paramref name="caseId"/>, made from the version whose token is <paramref name="version"/>.
    /// </summary>
    public async Task<SummaryEdit> SaveAsync(
        AccessRights rights, string caseId, string version, Func<string, string?> cells, int chronologyRows, int quoteRows, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rights);
        var stored = await _open.ReadAsync(rights, caseId, cancellationToken).ConfigureAwait(false);
        if (!stored.Succeeded || !rights.EditsCases)
        {
            return new SummaryEdit(Result<SummaryVersion>.Fail(ProblemKind.NotFound, CaseScope.NotFound(caseId)));
        }

        var parsed = SummaryCoding.Parse(caseId, cells, chronologyRows, quoteRows, DateLimits.Today(time));
        if (parsed.Value is not { } summary)
        {
            return new SummaryEdit(Result<SummaryVersion>.Fail(ProblemKind.Invalid, parsed.Problems));
        }

        var token = SummaryVersion.TokenOf(summary);
        if (token == version && stored.Value.Token == version)
        {
            return new SummaryEdit(stored);
        }

        var replaced = await _summaries.ReplaceAsync(summary, before => SummaryVersion.TokenOf(before) == version, actor, cancellationToken).ConfigureAwait(false);
        return replaced.Outcome == ReplacementOutcome.Stale && SummaryVersion.TokenOf(replaced.Stored!) != token
            ? new SummaryEdit(
                Result<SummaryVersion>.Fail(ProblemKind.Conflict, new Problem("case.edit.stale", "Someone else saved this summary after you opened it. Nothing of yours was saved.")),
                new SummaryVersion(replaced.Stored!))
            : new SummaryEdit(Result<SummaryVersion>.Ok(new SummaryVersion(summary)));
    }
}
