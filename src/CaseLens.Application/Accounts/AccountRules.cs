using Microsoft.AspNetCore.Identity;

namespace CaseLens.Application.Accounts;

/// <summary>
/// The rules every account is held to, wherever it is made or used (the command line and the web
/// apply the same ones): passwords of at least <see cref="MinimumPasswordLength"/> characters with
/// <see cref="MinimumDistinctCharacters"/> different ones and not containing the user name (length
/// over composition, as NIST SP 800-63B advises), and lockout for
/// <see cref="LockoutDuration"/> after <see cref="MaximumFailedAttempts"/> failed sign-ins in a row.
/// </summary>
public static class AccountRules
{
    /// <summary>The shortest password accepted. The default is 12 characters.</summary>
    public const int MinimumPasswordLength = 12;

    /// <summary>How many different characters a password needs. The default is 5.</summary>
    public const int MinimumDistinctCharacters = 5;

    /// <summary>Failed sign-ins in a row (wrong password or wrong code) that lock an account. The default is 5.</summary>
    public const int MaximumFailedAttempts = 5;

    /// <summary>How long a lockout after failed sign-ins lasts. The default is 15 minutes.</summary>
    public static TimeSpan LockoutDuration { get; } = TimeSpan.FromMinutes(15);

    /// <summary>Applies the rules to Identity's options.</summary>
    public static void Configure(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequiredUniqueChars = MinimumDistinctCharacters;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaximumFailedAttempts;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        options.User.RequireUniqueEmail = false;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
