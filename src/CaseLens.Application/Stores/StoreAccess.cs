using CaseLens.Domain.Problems;
using CaseLens.Storage;
using CaseLens.Storage.Opening;

namespace CaseLens.Application.Stores;

/// <summary>
/// Opens the store a use case works on, for what it does with it (<see cref="StoreUse"/>): only an
/// import (and <c>store init</c>) may create or migrate a store; use cases that read refuse a
/// missing, empty, foreign, older or incompatible newer store and change nothing.
/// </summary>
public static class StoreAccess
{
    /// <summary>The store for an import: created or migrated when needed, and whether opening created it; else a refusal (another program's database, a newer CaseLens's store).</summary>
    internal static async Task<Result<OpenedStore>> OpenForWritingAsync(
        StoreAddress address, UnixFileMode newFileMode, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        return await StoreOpening.OpenAsync(address.Location, StoreUse.Create(newFileMode), time, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The store for reading, or a refusal when it is missing or cannot be read by this version.</summary>
    public static Task<Result<CaseStore>> OpenForReadingAsync(StoreAddress address, TimeProvider time, CancellationToken cancellationToken) =>
        OpenAsync(address, StoreUse.Read, time, cancellationToken);

    private static async Task<Result<CaseStore>> OpenAsync(StoreAddress address, StoreUse use, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var opened = await StoreOpening.OpenAsync(address.Location, use, time, cancellationToken).ConfigureAwait(false);
        return opened.Succeeded ? Result<CaseStore>.Ok(opened.Value.Store) : Result<CaseStore>.Fail(opened.Kind!.Value, opened.Problems);
    }
}
