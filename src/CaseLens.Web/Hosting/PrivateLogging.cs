using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseLens.Web.Hosting;

/// <summary>
/// What reaches the application log. ASP.NET Core logs each request's full URL, query string
/// included, at Information, and MVC logs model binding below that; a query holds search words
/// taken from case outlines and a form holds field values. So the framework logs only warnings and
/// errors, and <see cref="RequestLog"/> writes one line per request with the path (case ids are
/// fine) and never the query or the body. The configuration cannot lower these levels: a rule that
/// would let a framework category log below a warning is dropped after the configuration is read.
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
        logging.Services.PostConfigure<LoggerFilterOptions>(DropFrameworkDetail);
        return logging;
    }

    private static void DropFrameworkDetail(LoggerFilterOptions options)
    {
        foreach (var rule in options.Rules.ToList())
        {
            var framework = rule.CategoryName is { } category
                && (category.StartsWith("Microsoft", StringComparison.Ordinal) || category.StartsWith("System", StringComparison.Ordinal))
                && !category.StartsWith("Microsoft.Hosting.Lifetime", StringComparison.Ordinal);
            if (framework && (rule.LogLevel is null or < LogLevel.Warning || rule.Filter is not null))
            {
                options.Rules.Remove(rule);
            }
        }

        // Below a warning for the framework, whatever the minimum level is.
        if (options.MinLevel < LogLevel.Information)
        {
            options.MinLevel = LogLevel.Information;
        }
    }
}
