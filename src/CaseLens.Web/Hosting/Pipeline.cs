using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;

namespace CaseLens.Web.Hosting;

/// <summary>The request pipeline, in order: headers first so that every answer carries them.</summary>
internal static class Pipeline
{
    public static WebApplication UseCaseLensPipeline(this WebApplication app)
    {
        // A TLS proxy on this machine (the only one trusted by default) tells the original scheme
        // and client, so that redirects stay on https.
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<RequestLog>();
        app.UseExceptionHandler(failed => failed.Run(context => PlainPage.WriteAsync(context, "Something went wrong", "The request failed. Nothing of it was logged but its path; try again, or tell an administrator the time it happened.")));
        app.UseStatusCodePages(context => context.HttpContext.Response.StatusCode == StatusCodes.Status404NotFound
            ? PlainPage.WriteAsync(context.HttpContext, "Not found", "There is nothing here, or nothing you may see.")
            : PlainPage.WriteAsync(context.HttpContext, "Request refused", "The request could not be accepted. Go back, reload the page and try again."));
        app.UseHsts();
        app.UseStaticAssets();
        app.UseCookiePolicy();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        return app;
    }
}
