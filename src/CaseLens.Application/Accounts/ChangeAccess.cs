using CaseLens.Domain.Access;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Problems;
using CaseLens.Storage.Accounts;
using Microsoft.AspNetCore.Identity;

namespace CaseLens.Application.Accounts;

/// <summary>
/// Sets an account's role and scope. The account's security stamp changes with them, so its open
/// sessions are checked again and carry the new rights from their next request.
/// </summary>
public sealed class ChangeAccess(UserManager<IdentityUser> users, AccountsContext accounts, TimeProvider time)
{
    /// <summary>Done, or why not: no such account, an empty scope, or the last administrator demoted.</summary>
    public async Task<Result> ChangeAsync(string accountId, AccessRights rights, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rights);
        if (rights.Scope.Equals(Scope.Nothing))
        {
            return Result.Fail(ProblemKind.Invalid, new Problem("account.scope.empty", "An account's scope is national or at least one board."));
        }

        if (await users.FindByIdAsync(accountId).ConfigureAwait(false) is not { } user)
        {
            return IdentityProblems.NotFound();
        }

        if (rights.Role != Role.Administrator && await LastAdministrator.IsAsync(accounts, accountId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            return IdentityProblems.LastAdministrator();
        }

        var roles = await users.GetRolesAsync(user).ConfigureAwait(false);
        var scopeClaims = (await users.GetClaimsAsync(user).ConfigureAwait(false)).Where(c => AccessClaims.IsScopeClaim(c.Type)).ToList();
        return await IdentitySteps.RunAsync(
            accounts,
            cancellationToken,
            () => users.RemoveFromRolesAsync(user, roles),
            () => users.AddToRoleAsync(user, Codes<Role>.Code(rights.Role)),
            () => users.RemoveClaimsAsync(user, scopeClaims),
            () => users.AddClaimsAsync(user, AccessClaims.Of(rights.Scope)),
            () => users.UpdateSecurityStampAsync(user)).ConfigureAwait(false);
    }
}
