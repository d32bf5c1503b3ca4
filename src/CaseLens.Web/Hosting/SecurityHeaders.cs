using Microsoft.AspNetCore.Http;

namespace CaseLens.Web.Hosting;

/// <summary>
/// Headers on every response, static files and errors included: a strict Content-Security-Policy
/// (scripts and styles only from this site's files, never inline; images from here or data: URIs,
/// for the QR code; no framing; forms post only here), no MIME sniffing, no framing for old
/// browsers, no referrer (a URL may hold a case id or search words), and no caching of pages,
/// which hold case data.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            if (!context.Request.Path.StartsWithSegments(StaticAssets.RequestPath, StringComparison.Ordinal))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
