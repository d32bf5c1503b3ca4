using CaseLens.Domain.Access;
using Microsoft.AspNetCore.Identity;

namespace CaseLens.Application.Accounts;

/// <summary>Reads an account's summary from its stored rows (role ids are the role codes: see <c>AccountsContext</c>).</summary>
internal static class AccountRecord
{
    public static AccountSummary Summary(IdentityUser user, IEnumerable<string> roleIds, IEnumerable<(string Type, string Value)> claims, DateTimeOffset now)
    {
        var rights = AccessClaims.RoleOf(roleIds) is { } role ? new AccessRights(role, AccessClaims.ScopeOf(claims)) : AccessRights.None;
        return new AccountSummary(user.Id, user.UserName ?? string.Empty, rights, IsLockedOut(user, now), user.TwoFactorEnabled);
    }

    public static bool IsLockedOut(IdentityUser user, DateTimeOffset now) =>
        user.LockoutEnabled && user.LockoutEnd is { } end && end > now;
}
