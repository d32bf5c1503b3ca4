using CaseLens.Domain.Problems;
using CaseLens.Storage.Accounts;
using Microsoft.AspNetCore.Identity;

namespace CaseLens.Application.Accounts;

/// <summary>
/// Turns on the optional second factor, a TOTP authenticator (RFC 6238: six digits, 30-second steps,
/// Identity's authenticator support), after the account proves it holds the key by a code; or turns
/// it off, with a new key for next time.
/// </summary>
public sealed class TwoFactorEnrolment(UserManager<IdentityUser> users, IUserStore<IdentityUser> store, AccountsContext accounts)
{
    /// <summary>The issuer an authenticator app shows beside the account.</summary>
    public const string Issuer = "CaseLens";

    /// <summary>The account's authenticator key, made when it has none; null when there is no such account.</summary>
    public async Task<AuthenticatorKey?> KeyAsync(string accountId)
    {
        if (await users.FindByIdAsync(accountId).ConfigureAwait(false) is not { } user)
        {
            return null;
        }

        var key = await users.GetAuthenticatorKeyAsync(user).ConfigureAwait(false);
        if (string.IsNullOrEmpty(key))
        {
            // Not ResetAuthenticatorKeyAsync: it changes the security stamp, which would end the
            // session of whoever merely opened the page. A first key changes nothing the stamp guards.
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<IdentityUser>)store).SetAuthenticatorKeyAsync(user, key, CancellationToken.None).ConfigureAwait(false);
            await users.UpdateAsync(user).ConfigureAwait(false);
        }

        var label = Uri.EscapeDataString($"{Issuer}:{user.UserName}");
        return new AuthenticatorKey(key!, new Uri($"otpauth://totp/{label}?secret={key}&issuer={Issuer}&digits=6"));
    }

    /// <summary>Turns the second factor on when <paramref name="code"/> (spaces and hyphens ignored) is right now.</summary>
    public async Task<Result> EnableAsync(string accountId, string code, CancellationToken cancellationToken = default)
    {
        if (await users.FindByIdAsync(accountId).ConfigureAwait(false) is not { } user)
        {
            return IdentityProblems.NotFound();
        }

        var digits = code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits).ConfigureAwait(false))
        {
            return Result.Fail(ProblemKind.Invalid, new Problem("account.two-factor.code", "The code is not right: enter the six digits the app shows now."));
        }

        return await IdentitySteps.RunAsync(accounts, cancellationToken, () => users.SetTwoFactorEnabledAsync(user, true)).ConfigureAwait(false);
    }

    /// <summary>Turns the second factor off and replaces the key, so that the old one is of no use.</summary>
    public async Task<Result> DisableAsync(string accountId, CancellationToken cancellationToken = default)
    {
        if (await users.FindByIdAsync(accountId).ConfigureAwait(false) is not { } user)
        {
            return IdentityProblems.NotFound();
        }

        return await IdentitySteps.RunAsync(
            accounts,
            cancellationToken,
            () => users.SetTwoFactorEnabledAsync(user, false),
            () => users.ResetAuthenticatorKeyAsync(user)).ConfigureAwait(false);
    }
}
