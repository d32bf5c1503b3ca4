using CaseLens.Storage;
using CaseLens.Storage.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CaseLens.Application.Accounts;

/// <summary>
/// Registers the accounts for a host: the account store at the store's location, Identity with
/// <see cref="AccountRules"/> and its authenticator (TOTP) provider, and the account use cases. The
/// command line and the web call this one method, so both apply the same rules. A host that signs
/// people in adds to the returned builder (the web: <c>AddSignInManager</c>).
/// </summary>
public static class AccountServices
{
    /// <summary>Registers the accounts kept at <paramref name="location"/>; a <see cref="TimeProvider"/> must be registered too.</summary>
    public static IdentityBuilder AddCaseLensAccounts(this IServiceCollection services, StoreLocation location)
    {
        services.AddAccountsContext(location);
        services.AddScoped<AddAccount>();
        services.AddScoped<ListAccounts>();
        services.AddScoped<ChangeAccess>();
        services.AddScoped<LockAccount>();
        services.AddScoped<TwoFactorEnrolment>();
        return services.AddIdentityCore<IdentityUser>(AccountRules.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AccountsContext>()
            .AddPasswordValidator<UserNamePasswordValidator>()
            .AddTokenProvider<AuthenticatorTokenProvider<IdentityUser>>(TokenOptions.DefaultAuthenticatorProvider);
    }
}
