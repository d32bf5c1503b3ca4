using CaseLens.Domain.CaseSummaries;
using CaseLens.Domain.Coding;
using CaseLens.Storage.Auditing;
using CaseLens.Storage.Model;
using CaseLens.Storage.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseLens.Storage.Summaries;

/// <summary>
/// The summaries of intensive cases (<see cref="CaseSummary"/>): the template's sections, the brief
/// chronology and the useful quotes, kept by case id. A summary is replaced whole, under the writer
/// lock, with one audit entry holding its fields before and after (<see cref="AuditedEntity.CaseSummary"/>).
/// Whether a person may see the case is decided before, by the use cases.
/// </summary>
public sealed class CaseSummaryRepository
{
    private readonly StoreDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>The case summaries of <paramref name="store"/>.</summary>
    public CaseSummaryRepository(CaseStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _database = store.Database;
        _time = store.Time;
    }

    /// <summary>The summary of the case; an empty one when nothing is written yet.</summary>
    public async Task<CaseSummary> FindAsync(string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        await using var context = _database.CreateContext();
        return await ReadAsync(context, caseId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Replaces the case's summary with <paramref name="summary"/> only if <paramref name="unchanged"/>
    /// says the stored one is still the one the change was made from (otherwise nothing is written
    /// and the stored summary is returned as <see cref="ReplacementOutcome.Stale"/>), and audits it,
    /// in one transaction that keeps other writers out between the check and the write.
    /// </summary>
    public async Task<Replacement<CaseSummary>> ReplaceAsync(CaseSummary summary, Func<CaseSummary, bool> unchanged, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(unchanged);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var caseId = summary.CaseId;
        await using var context = _database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await _database.LockWritersAsync(context, cancellationToken).ConfigureAwait(false);
        var before = await ReadAsync(context, caseId, cancellationToken).ConfigureAwait(false);
        if (!unchanged(before))
        {
            return new Replacement<CaseSummary>(ReplacementOutcome.Stale, before);
        }

        await DeleteRowsAsync(context, caseId, cancellationToken).ConfigureAwait(false);
        context.AddRange(summary.Sections.Select(s => new SummarySectionRow { CaseId = caseId, Section = Codes<SummarySection>.Code(s.Key), Text = s.Value }));
        context.AddRange(summary.Chronology.Select((e, i) => new ChronologyRow { CaseId = caseId, Position = i + 1, Date = e.Date, Agency = e.Agency, Event = e.Event }));
        context.AddRange(summary.Quotes.Select((q, i) => new QuoteRow { CaseId = caseId, Position = i + 1, Text = q.Text, Source = q.Source }));
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await AuditAsync(context, transaction, before, summary, actor, cancellationToken).ConfigureAwait(false);
        return new Replacement<CaseSummary>(ReplacementOutcome.Replaced, before);
    }

    /// <summary>
    /// Removes the summary of a case whose record is being deleted, inside the delete's transaction
    /// (which holds the writer lock); the audit entry of its removal, with the summary before, or
    /// null when it had none. Called by <see cref="IntensiveCaseRepository"/>'s delete.
    /// </summary>
    internal static async Task<AuditEntry?> RemoveAsync(CaseStoreContext context, string caseId, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var before = await ReadAsync(context, caseId, cancellationToken).ConfigureAwait(false);
        if (before.Sections.Count == 0 && before.Chronology.Count == 0 && before.Quotes.Count == 0)
        {
            return null;
        }

        await DeleteRowsAsync(context, caseId, cancellationToken).ConfigureAwait(false);
        return new AuditEntry
        {
            At = at,
            Actor = actor,
            Action = AuditAction.Delete,
            Entity = AuditedEntity.CaseSummary,
            CaseId = caseId,
            Before = AuditJson.Fields(before.Fields()),
        };
    }

    private static async Task DeleteRowsAsync(CaseStoreContext context, string caseId, CancellationToken cancellationToken)
    {
        await context.Set<SummarySectionRow>().Where(r => r.CaseId == caseId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await context.Set<ChronologyRow>().Where(r => r.CaseId == caseId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await context.Set<QuoteRow>().Where(r => r.CaseId == caseId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task AuditAsync(CaseStoreContext context, IDbContextTransaction transaction, CaseSummary before, CaseSummary after, string actor, CancellationToken cancellationToken)
    {
        var audit = new AuditWriter(context.Database.GetDbConnection(), transaction.GetDbTransaction());
        await audit.AddAsync(
            new AuditEntry
            {
                At = _time.GetUtcNow(),
                Actor = actor,
                Action = AuditAction.Update,
                Entity = AuditedEntity.CaseSummary,
                CaseId = after.CaseId,
                Before = AuditJson.Fields(before.Fields()),
                After = AuditJson.Fields(after.Fields()),
            },
            cancellationToken).ConfigureAwait(false);
        await audit.FlushAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<CaseSummary> ReadAsync(CaseStoreContext context, string caseId, CancellationToken cancellationToken)
    {
        var sections = await context.Set<SummarySectionRow>().AsNoTracking().Where(r => r.CaseId == caseId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var chronology = await context.Set<ChronologyRow>().AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.Position).ToListAsync(cancellationToken).ConfigureAwait(false);
        var quotes = await context.Set<QuoteRow>().AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.Position).ToListAsync(cancellationToken).ConfigureAwait(false);
        var bySection = new Dictionary<SummarySection, string>();
        foreach (var row in sections)
        {
            // A section this version does not know (written by a newer one) is left out, never misread.
            if (Codes<SummarySection>.TryParse(row.Section, out var section))
            {
                bySection[section] = row.Text;
            }
        }

        return new CaseSummary(
            caseId,
            bySection,
            [.. chronology.Select(r => new ChronologyEntry(r.Date, r.Agency, r.Event))],
            [.. quotes.Select(r => new UsefulQuote(r.Text, r.Source))]);
    }
}
