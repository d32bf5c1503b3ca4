using System.CommandLine;
using CaseLens.Cli.Hosting;

namespace CaseLens.Cli.Commands;

/// <summary><c>caselens audit</c>: the store's audit log, newest first.</summary>
internal static class AuditCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var limit = new Option<int>("--limit")
        {
            Description = "Show at most this many entries, newest first. The default is 50.",
            HelpName = "N",
            DefaultValueFactory = _ => 50,
        };
        var command = new DocumentedCommand("audit", 
            "List the audit log: when, who (--actor of the change), what was done and to which records. Read-only.",
            "caselens audit --limit 20")
        {
            db,
            limit,
        };
        command.SetHandler(context, parse => Pending.NotYet("audit"));
        return command;
    }
}
