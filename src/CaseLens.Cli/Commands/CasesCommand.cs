using System.CommandLine;
using CaseLens.Cli.Hosting;

namespace CaseLens.Cli.Commands;

/// <summary>
/// <c>caselens cases</c>: lists stored notifications as a table of id, incident date, age group,
/// gender, incident type and review status. Board and case outline are never printed.
/// </summary>
internal static class CasesCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var filters = new FilterOptions();
        var limit = new Option<int>("--limit")
        {
            Description = "Show at most this many rows (in case-id order). The default is 50.",
            HelpName = "N",
            DefaultValueFactory = _ => 50,
        };
        var command = new DocumentedCommand("cases", 
            "List stored notifications, filtered: id, incident date, age group, gender, incident type and review status "
            + "(no board or case outline). Read-only.",
            "caselens cases --study-year 2006-07 --incident-type death --scr-status yes --limit 20")
        {
            db,
            limit,
        };
        filters.AddTo(command, withStatus: true);
        command.SetHandler(context, parse => Pending.NotYet("cases"));
        return command;
    }
}
