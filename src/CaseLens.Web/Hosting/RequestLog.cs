using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CaseLens.Web.Hosting;

/// <summary>
/// One log line per request: method, path, status and time taken, and the account's id when
/// signed in. Never the query string, a header value or the body, which may carry case content.
/// </summary>
internal sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> logger, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = time.GetTimestamp();
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            var user = context.User.Identity?.IsAuthenticated == true
                ? context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "?"
                : "-";
            Answered(logger, context.Request.Method, context.Request.Path.Value ?? "/", context.Response.StatusCode,
                time.GetElapsedTime(started).TotalMilliseconds, user);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} answered {Status} in {Milliseconds:0.0} ms for {Account}")]
    private static partial void Answered(ILogger logger, string method, string path, int status, double milliseconds, string account);
}
