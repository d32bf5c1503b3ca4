using CaseLens.Storage.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaseLens.Application.Accounts;

/// <summary>Every account with its role, scope and state, by user name.</summary>
public sealed class ListAccounts(AccountsContext accounts, TimeProvider time)
{
    /// <summary>The accounts, ordered by user name (ordinal).</summary>
    public async Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        // Three reads for the whole list rather than three per account.
        var users = await accounts.Users.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var roles = await accounts.UserRoles.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var claims = await accounts.UserClaims.AsNoTracking()
            .Where(c => c.ClaimType == AccessClaims.ScopeType || c.ClaimType == AccessClaims.BoardType)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        return [.. users
            .Select(user => AccountRecord.Summary(
                user,
                roles.Where(r => r.UserId == user.Id).Select(r => r.RoleId),
                claims.Where(c => c.UserId == user.Id).Select(c => (c.ClaimType!, c.ClaimValue ?? string.Empty)),
                now))
            .OrderBy(a => a.Name, StringComparer.Ordinal)];
    }
}
