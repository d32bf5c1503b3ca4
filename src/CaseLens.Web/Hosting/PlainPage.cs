using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;

namespace CaseLens.Web.Hosting;

/// <summary>A minimal accessible page for errors and missing pages, written without the layout (which may be what failed).</summary>
internal static class PlainPage
{
    public static Task WriteAsync(HttpContext context, string title, string message)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        var encoder = HtmlEncoder.Default;
        return context.Response.WriteAsync(
            $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{encoder.Encode(title)} - CaseLens</title>"
            + $"<link rel=\"stylesheet\" href=\"{StaticAssets.RequestPath}/css/site.css\"></head><body><main id=\"main\"><h1>{encoder.Encode(title)}</h1>"
            + $"<p>{encoder.Encode(message)}</p><p><a href=\"/\">Go to the dashboard</a></p></main></body></html>");
    }
}
