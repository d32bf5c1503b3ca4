using System.CommandLine;
using System.Globalization;
using CaseLens.Application.Auditing;
using CaseLens.Cli.Hosting;
using CaseLens.Domain.Problems;

namespace CaseLens.Cli.Commands;

/// <summary><c>caselens audit</c>: the store's audit log, newest first (<see cref="AuditLog"/>).</summary>
internal static class AuditCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var limit = CommonOptions.Limit("Show at most this many entries, newest first. The default is 50.");
        var command = new DocumentedCommand("audit", 
            "List the audit log: when, who (--actor of the change), what was done and to which records. Read-only.",
            "caselens audit --limit 20")
        {
            db,
            limit,
        };
        command.Subcommands.Add(AuditPruneCommand.Create(context));
        command.SetHandler(context, async (parse, token) =>
        {
            var listing = await AuditLog.ListAsync(parse.GetRequiredValue(db), parse.GetValue(limit), context.Time, token).ConfigureAwait(false);
            if (!listing.Succeeded)
            {
                return listing;
            }

            Tables.Write(context.Out, listing.Value.Entries);
            await context.Out.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture, $"{listing.Value.Shown:N0} of {listing.Value.Total:N0} audit entries shown, newest first.")).ConfigureAwait(false);
            return Result.Success;
        });
        return command;
    }
}
