using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.FileProviders;

namespace CaseLens.Web.Hosting;

/// <summary>
/// The style sheet and htmx, embedded in this assembly (<c>Assets/</c>) and served under
/// <see cref="RequestPath"/>, so the application needs no web root on disk wherever it runs.
/// </summary>
internal static class StaticAssets
{
    public const string RequestPath = "/assets";

    public static IApplicationBuilder UseStaticAssets(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(StaticAssets).Assembly, "CaseLens.Web.Assets"),
            RequestPath = RequestPath,
        });
}
