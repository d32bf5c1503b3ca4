using System.CommandLine;
using CaseLens.Cli.Hosting;
using CaseLens.Domain.Problems;
using CaseLens.Web;
using Microsoft.AspNetCore.Builder;

namespace CaseLens.Cli.Commands;

/// <summary>
/// <c>caselens serve [--db DB] [--urls URL]</c>: the web application over the store, until stopped
/// (Ctrl+C or SIGTERM). The store and the accounts are brought up to date first.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var urls = new Option<string?>("--urls")
        {
            Description = "Where to listen, ';'-separated. The default is http://localhost:5000. Serve over https (or behind a TLS proxy) "
                + "anywhere but this machine: the session cookie is always Secure.",
            HelpName = "URL",
        };
        var command = new DocumentedCommand("serve",
            "Run the web application over the store. Add the first administrator with 'caselens users add' before signing in.",
            "caselens serve --urls http://127.0.0.1:8080",
            "caselens serve --db \"Host=db;Database=caselens;Username=app;Password=…\" --urls http://0.0.0.0:8080")
        {
            db, urls,
        };
        command.SetHandler(context, async (parse, token) =>
        {
            var location = parse.GetRequiredValue(db);
            var options = new CaseLensWebOptions { Database = location.ConnectionString, Urls = parse.GetValue(urls), Time = context.Time };
            await using var app = await CaseLensWeb.BuildAsync(options, cancellationToken: token).ConfigureAwait(false);
            await context.Error.WriteLineAsync($"Serving {location}; Ctrl+C stops.").ConfigureAwait(false);
            await app.RunAsync().ConfigureAwait(false);
            return Result.Success;
        });
        return command;
    }
}
