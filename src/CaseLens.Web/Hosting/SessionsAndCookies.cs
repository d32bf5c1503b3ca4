using CaseLens.Storage.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CaseLens.Web.Hosting;

/// <summary>
/// Sessions and cookies. Every cookie the application sets is Secure, HttpOnly and SameSite=Strict,
/// enforced in one place (<see cref="CookiePolicyOptions"/>), whoever sets it: the session, the
/// two-factor step and the antiforgery token. Secure holds even when the application is reached over
/// plain http: browsers keep Secure cookies from http://localhost and 127.0.0.1 (a potentially
/// trustworthy origin), which is how it is run on one machine and in the tests; anywhere else it
/// must be served over https (behind a TLS proxy), or signing in does not stick. A session ends after
/// the lifetime without a request, and at once when its account is locked or its role or scope
/// changes (the security stamp is checked on every request). The data-protection keys that sign the
/// cookies are kept in the store, so instances behind a balancer share them.
/// </summary>
internal static class SessionsAndCookies
{
    public const string SessionCookie = "caselens.session";
    public const string AntiforgeryCookie = "caselens.antiforgery";

    /// <summary>The header htmx sends the antiforgery token in, for requests made without a form.</summary>
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    public static IServiceCollection AddSessionsAndCookies(this IServiceCollection services, TimeSpan lifetime)
    {
        services.AddDataProtection().SetApplicationName("CaseLens").PersistKeysToDbContext<AccountsContext>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = SessionCookie;
            o.ExpireTimeSpan = lifetime;
            o.SlidingExpiration = true;
            o.LoginPath = "/signin";
            o.LogoutPath = "/signout";
            o.ReturnUrlParameter = "returnUrl";
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o => o.Cookie.Name = "caselens.two-factor");
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = AntiforgeryCookie;
            o.HeaderName = AntiforgeryHeader;
        });
        services.Configure<CookiePolicyOptions>(o =>
        {
            o.Secure = CookieSecurePolicy.Always;
            o.HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.Always;
            o.MinimumSameSitePolicy = SameSiteMode.Strict;
        });
        return services;
    }
}
