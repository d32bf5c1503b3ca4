namespace CaseLens.Application.Accounts;

/// <summary>
/// An account's TOTP secret as an authenticator app takes it: <paramref name="SharedKey"/> (base32,
/// for typing in) and <paramref name="Uri"/> (the <c>otpauth://</c> URI a QR code carries).
/// </summary>
public sealed record AuthenticatorKey(string SharedKey, Uri Uri)
{
    /// <summary>The key is a secret: it is not printed by accident.</summary>
    public override string ToString() => "AuthenticatorKey";
}
