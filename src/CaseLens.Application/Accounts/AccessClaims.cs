using System.Security.Claims;
using CaseLens.Domain.Access;
using CaseLens.Domain.Coding;

namespace CaseLens.Application.Accounts;

/// <summary>
/// How an account's <see cref="AccessRights"/> are kept and carried: the role as an Identity role
/// (a <see cref="ClaimTypes.Role"/> claim once signed in), the scope as user claims, either one
/// <see cref="ScopeType"/> claim <c>national</c> or one <see cref="BoardType"/> claim per board. An
/// account with neither has <see cref="Scope.Nothing"/>, and one whose role is not exactly one known
/// role has <see cref="AccessRights.None"/>: a damaged record never widens access.
/// </summary>
public static class AccessClaims
{
    /// <summary>The claim that marks a national scope; its value is always <see cref="NationalValue"/>.</summary>
    public const string ScopeType = "caselens:scope";

    /// <summary>One board of a board scope.</summary>
    public const string BoardType = "caselens:board";

    /// <summary>The value of the <see cref="ScopeType"/> claim.</summary>
    public const string NationalValue = "national";

    /// <summary>The claims that record <paramref name="scope"/>.</summary>
    public static IReadOnlyList<Claim> Of(Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.IsNational
            ? [new Claim(ScopeType, NationalValue)]
            : [.. scope.Boards.Order(StringComparer.Ordinal).Select(board => new Claim(BoardType, board))];
    }

    /// <summary>Whether a claim is one of those that record a scope.</summary>
    public static bool IsScopeClaim(string type) => type is ScopeType or BoardType;

    /// <summary>The scope recorded by <paramref name="claims"/> (type and value pairs).</summary>
    public static Scope ScopeOf(IEnumerable<(string Type, string Value)> claims)
    {
        var scopeClaims = claims.Where(c => IsScopeClaim(c.Type)).ToList();
        if (scopeClaims.Any(c => c.Type == ScopeType))
        {
            // A national mark beside boards is contradictory: the narrower reading wins.
            return scopeClaims.All(c => c.Type == ScopeType && c.Value == NationalValue) ? Scope.National : Scope.Nothing;
        }

        var boards = scopeClaims.Select(c => c.Value).Where(b => b.Trim().Length > 0).ToList();
        return boards.Count > 0 ? Scope.OfBoards(boards) : Scope.Nothing;
    }

    /// <summary>The role named by <paramref name="roleNames"/> when there is exactly one known role; otherwise null.</summary>
    public static Role? RoleOf(IEnumerable<string> roleNames)
    {
        var names = roleNames.Distinct(StringComparer.Ordinal).ToList();
        return names.Count == 1 && Codes<Role>.TryParse(names[0], out var role) ? role : null;
    }

    /// <summary>What the signed-in <paramref name="user"/> may see and do.</summary>
    public static AccessRights RightsOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true || RoleOf(user.FindAll(ClaimTypes.Role).Select(c => c.Value)) is not { } role)
        {
            return AccessRights.None;
        }

        return new AccessRights(role, ScopeOf(user.Claims.Select(c => (c.Type, c.Value))));
    }
}
