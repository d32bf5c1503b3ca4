using CaseLens.Application.Stores;
using CaseLens.Domain.Problems;
using CaseLens.Storage;
using CaseLens.Storage.Opening;
using CaseLens.Storage.Releases;

namespace CaseLens.Application.Releases;

/// <summary>The releases recorded in a store's disclosure ledger, oldest first. Reads only.</summary>
public sealed class ListReleases(TimeProvider time)
{
    /// <summary>Opens the store at <paramref name="address"/> for reading and lists its releases.</summary>
    public async Task<Result<IReadOnlyList<ReleaseSummary>>> RunAsync(StoreAddress address, CancellationToken cancellationToken = default)
    {
        var opened = await StoreOpening.OpenAsync(address.Location, StoreUse.Read, time, cancellationToken).ConfigureAwait(false);
        if (!opened.Succeeded)
        {
            return Result<IReadOnlyList<ReleaseSummary>>.Fail(opened.Kind!.Value, opened.Problems);
        }

        await using var store = opened.Value.Store;
        return Result<IReadOnlyList<ReleaseSummary>>.Ok(await RunAsync(store, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The releases of <paramref name="store"/>, oldest first.</summary>
    public static async Task<IReadOnlyList<ReleaseSummary>> RunAsync(CaseStore store, CancellationToken cancellationToken = default)
    {
        var entries = await new ReleaseLedger(store).ListAsync(cancellationToken).ConfigureAwait(false);
        return [.. entries.Select(e => new ReleaseSummary(
            LedgerRecords.Id(e), e.PublishedAt, e.Actor, e.Policy, LedgerRecords.Filters(e), e.DataSetHash, e.CellsPublished))];
    }
}
