using CaseLens.Application.Stores;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;

namespace CaseLens.Application.Cases;

/// <summary>
/// <c>caselens cases</c>: one page of the stored notifications, read through the web's case list
/// query (<see cref="FindCases"/>) with the command line's national scope, so the one place that
/// applies a scope is also the one the command line goes through.
/// </summary>
public static class CommandLineCases
{
    /// <summary>Opens the store for reading and lists the page <paramref name="search"/> asks for; a refusal when the store cannot be read.</summary>
    public static async Task<Result<CaseListPage>> ListAsync(StoreAddress address, CaseSearch search, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var opened = await StoreAccess.OpenForReadingAsync(address, time, cancellationToken).ConfigureAwait(false);
        if (!opened.Succeeded)
        {
            return Result<CaseListPage>.Fail(opened.Kind!.Value, opened.Problems);
        }

        await using var store = opened.Value;
        return Result<CaseListPage>.Ok(await new FindCases(store).ListAsync(CaseScope.CommandLine, search, cancellationToken).ConfigureAwait(false));
    }
}
