using Microsoft.Extensions.DependencyInjection;

namespace CaseLens.Web.Hosting;

/// <summary>
/// The Razor Pages and who may open each folder. The sign-in pages are the only ones open to
/// anyone; everything else needs a signed-in person (the fallback policy) and the folders below
/// need more (<see cref="AccessPolicies"/>).
/// </summary>
internal static class PagesSetup
{
    public static IServiceCollection AddPages(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/SignIn");
            o.Conventions.AllowAnonymousToPage("/SignInCode");
            o.Conventions.AuthorizeFolder("/Cases", AccessPolicies.Cases);
            o.Conventions.AuthorizeFolder("/Admin", AccessPolicies.Administration);
        });
        return services;
    }
}
