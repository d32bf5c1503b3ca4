using CaseLens.Domain.Access;

namespace CaseLens.Application.Accounts;

/// <summary>One account as an administrator sees it in the list.</summary>
/// <param name="Id">Identity's id of the account (stable; the name may change).</param>
/// <param name="Name">The user name people sign in with.</param>
/// <param name="Rights">The role and scope; <see cref="AccessRights.None"/> when the stored role is damaged.</param>
/// <param name="LockedOut">Whether the account cannot sign in now (locked by an administrator or after failed attempts).</param>
/// <param name="TwoFactor">Whether signing in needs an authenticator code.</param>
public sealed record AccountSummary(string Id, string Name, AccessRights Rights, bool LockedOut, bool TwoFactor);
