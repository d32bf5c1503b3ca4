using Microsoft.Extensions.Logging;

namespace CaseLens.Web.Hosting;

/// <summary>
/// What reaches the application log. ASP.NET Core logs each request's full URL, query string
/// included, at Information, and MVC logs model binding below that; a query holds search words
/// taken from case outlines and a form holds field values. So the framework logs only warnings and
/// errors, and <see cref="RequestLog"/> writes one line per request with the path (case ids are
/// fine) and never the query or the body.
/// </summary>
internal static class PrivateLogging
{
    public static ILoggingBuilder KeepCaseContentOut(this ILoggingBuilder logging)
    {
        // Added after the configuration's rules, so these win for the same categories.
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        logging.AddFilter("System", LogLevel.Warning);
        logging.AddFilter("CaseLens", LogLevel.Information);
        return logging;
    }
}
