using CaseLens.Application.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace CaseLens.Web.Hosting;

/// <summary>
/// The authorization policies, each asking <see cref="Domain.Access.AccessRights"/> (the one owner of
/// the rules). Every endpoint needs a signed-in person unless it says otherwise (the fallback policy),
/// so a page added without thought is closed, not open.
/// </summary>
internal static class AccessPolicies
{
    /// <summary>Case-level pages and downloads: administrators and analysts.</summary>
    public const string Cases = "cases";

    /// <summary>Accounts and the audit export: administrators.</summary>
    public const string Administration = "administration";

    public static IServiceCollection AddAccessPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Cases, p => p.RequireAuthenticatedUser().RequireAssertion(c => AccessClaims.RightsOf(c.User).SeesCases))
            .AddPolicy(Administration, p => p.RequireAuthenticatedUser().RequireAssertion(c => AccessClaims.RightsOf(c.User).Administers));
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, HiddenWhenForbidden>();
        return services;
    }
}
