using CaseLens.Domain.Intensive;
using CaseLens.Storage.Auditing;
using CaseLens.Storage.Model;
using CaseLens.Storage.Summaries;
using Microsoft.EntityFrameworkCore;

namespace CaseLens.Storage.Records;

/// <summary>The stored cases of the intensive sample.</summary>
public sealed class IntensiveCaseRepository : RecordRepository<IntensiveCase>
{
    /// <summary>The intensive cases of <paramref name="store"/>.</summary>
    public IntensiveCaseRepository(CaseStore store)
        : base(store, IntensiveCaseTable.Instance)
    {
    }

    /// <summary>Every intensive case, in ordinal case-id order, read as they stream.</summary>
    public IAsyncEnumerable<IntensiveCase> StreamAsync(CancellationToken cancellationToken = default) =>
        Database.StreamAllAsync(Table, cancellationToken);

    /// <summary>An intensive case's summary goes with it: deleted in the same transaction, and audited.</summary>
    private protected override async Task<IReadOnlyList<AuditEntry>> RemoveDependentsAsync(CaseStoreContext context, string caseId, string actor, CancellationToken cancellationToken)
    {
        var summary = await CaseSummaryRepository.RemoveAsync(context, caseId, actor, Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return summary is null ? [] : [summary];
    }

    /// <summary>How many intensive cases are stored.</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var context = Database.CreateContext();
        return await context.IntensiveCases.CountAsync(cancellationToken).ConfigureAwait(false);
    }
}
