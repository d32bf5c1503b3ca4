using CaseLens.Domain.Problems;
using CaseLens.Storage.Accounts;
using Microsoft.AspNetCore.Identity;

namespace CaseLens.Application.Accounts;

/// <summary>
/// Locks an account until an administrator unlocks it, ending its open sessions (the security stamp
/// changes); or unlocks it, which also forgets its failed sign-ins.
/// </summary>
public sealed class LockAccount(UserManager<IdentityUser> users, AccountsContext accounts, TimeProvider time)
{
    /// <summary>Done, or why not: no such account, or the last administrator who can sign in.</summary>
    public async Task<Result> SetLockedAsync(string accountId, bool locked, CancellationToken cancellationToken = default)
    {
        if (await users.FindByIdAsync(accountId).ConfigureAwait(false) is not { } user)
        {
            return IdentityProblems.NotFound();
        }

        if (!locked)
        {
            return await IdentitySteps.RunAsync(
                accounts,
                cancellationToken,
                () => users.SetLockoutEndDateAsync(user, null),
                () => users.ResetAccessFailedCountAsync(user)).ConfigureAwait(false);
        }

        if (await LastAdministrator.IsAsync(accounts, accountId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            return IdentityProblems.LastAdministrator();
        }

        return await IdentitySteps.RunAsync(
            accounts,
            cancellationToken,
            () => users.SetLockoutEnabledAsync(user, true),
            () => users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue),
            () => users.UpdateSecurityStampAsync(user)).ConfigureAwait(false);
    }
}
