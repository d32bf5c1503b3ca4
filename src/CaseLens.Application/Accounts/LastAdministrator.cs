using CaseLens.Domain.Access;
using CaseLens.Domain.Coding;
using CaseLens.Storage.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CaseLens.Application.Accounts;

/// <summary>
/// Keeps at least one administrator who can sign in, so that a careless change cannot leave the
/// accounts with nobody able to manage them (the only way back would be the command line).
/// </summary>
internal static class LastAdministrator
{
    /// <summary>Whether <paramref name="accountId"/> is the only administrator not locked out.</summary>
    public static async Task<bool> IsAsync(AccountsContext accounts, string accountId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var role = Codes<Role>.Code(Role.Administrator);
        var administrators = await accounts.Users.AsNoTracking()
            .Where(u => accounts.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == role))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return administrators.Any(u => u.Id == accountId)
            && !administrators.Any(u => u.Id != accountId && !AccountRecord.IsLockedOut(u, now));
    }
}
