using CaseLens.Domain.Problems;
using CaseLens.Storage.Opening;

namespace CaseLens.Application.Stores;

/// <summary>
/// <c>store init</c>: creates a store, or brings one up to date with this version's schema. Besides
/// an import, the only use case that creates or migrates a store; another program's database, or a
/// store a newer CaseLens has migrated, is refused and left as it was.
/// </summary>
public static class StoreInitialisation
{
    /// <summary>Creates or migrates the store at <paramref name="address"/>; a new SQLite file gets <paramref name="newFileMode"/>.</summary>
    public static async Task<Result<InitialisedStore>> InitAsync(
        StoreAddress address, UnixFileMode newFileMode, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var opened = await StoreOpening.OpenAsync(address.Location, StoreUse.Create(newFileMode), time, cancellationToken).ConfigureAwait(false);
        if (!opened.Succeeded)
        {
            return Result<InitialisedStore>.Fail(opened.Kind!.Value, opened.Problems);
        }

        await using var store = opened.Value.Store;
        return Result<InitialisedStore>.Ok(new InitialisedStore(opened.Value.Created, opened.Value.Applied));
    }
}

/// <summary>What <see cref="StoreInitialisation"/> did.</summary>
/// <param name="Created">Whether the store was made afresh.</param>
/// <param name="Applied">The migrations applied, in order; empty when the store was up to date.</param>
public sealed record InitialisedStore(bool Created, IReadOnlyList<string> Applied);
