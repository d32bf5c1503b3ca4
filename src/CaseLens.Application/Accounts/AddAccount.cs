using CaseLens.Domain.Access;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Problems;
using CaseLens.Storage.Accounts;
using Microsoft.AspNetCore.Identity;

namespace CaseLens.Application.Accounts;

/// <summary>
/// Makes an account with its role, scope and first password, all or nothing. The first
/// administrator is made this way from the command line: there is no default account or password.
/// </summary>
public sealed class AddAccount(UserManager<IdentityUser> users, AccountsContext accounts)
{
    /// <summary>The account made, or why not: a name already taken (conflict), or a name or password against the rules (invalid).</summary>
    public async Task<Result<AccountSummary>> AddAsync(NewAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (account.Scope.Equals(Scope.Nothing))
        {
            return Result<AccountSummary>.Fail(ProblemKind.Invalid, new Problem("account.scope.empty", "An account's scope is national or at least one board."));
        }

        var user = new IdentityUser(account.Name);
        var done = await IdentitySteps.RunAsync(
            accounts,
            cancellationToken,
            () => users.CreateAsync(user, account.Password),
            () => users.AddToRoleAsync(user, Codes<Role>.Code(account.Role)),
            () => users.AddClaimsAsync(user, AccessClaims.Of(account.Scope))).ConfigureAwait(false);
        if (!done.Succeeded)
        {
            return Result<AccountSummary>.Fail(done.Kind!.Value, done.Problems);
        }

        return Result<AccountSummary>.Ok(new AccountSummary(user.Id, account.Name, new AccessRights(account.Role, account.Scope), LockedOut: false, TwoFactor: false));
    }
}
