using System.CommandLine;
using System.Globalization;
using CaseLens.Application.Cases;
using CaseLens.Application.Stores;
using CaseLens.Cli.Hosting;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;

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
        var limit = CommonOptions.Limit("Show at most this many rows (in case-id order). The default is 50.");
        var command = new DocumentedCommand("cases", 
            "List stored notifications, filtered: id, incident date, age group, gender, incident type and review status "
            + "(no board or case outline). Read-only.",
            "caselens cases --study-year 2006-07 --incident-type death --scr-status yes --limit 20")
        {
            db,
            limit,
        };
        filters.AddTo(command, withStatus: true);
        command.SetHandler(context, (parse, token) => ListAsync(parse.GetRequiredValue(db), filters.Read(parse), parse.GetValue(limit), context, token));
        return command;
    }

    private static async Task<Result> ListAsync(StoreAddress database, NotificationFilter filter, int limit, CliContext context, CancellationToken cancellationToken)
    {
        // The command line acts with a national scope, through the same query as the web's case list.
        var listed = await CommandLineCases.ListAsync(database, new CaseSearch { Filter = filter, PageSize = limit }, context.Time, cancellationToken).ConfigureAwait(false);
        if (!listed.Succeeded)
        {
            return listed;
        }

        var page = listed.Value;
        var total = page.Total;
        var rows = page.Rows.Select(n => new[]
        {
            n.CaseId,
            n.IncidentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            n.AgeMonths is { } months ? Codes<AgeGroup>.Code(Age.GroupOf(months)) : string.Empty,
            n.Gender is { } gender ? Codes<Gender>.Code(gender) : string.Empty,
            n.IncidentType is { } type ? Codes<IncidentType>.Code(type) : string.Empty,
            Codes<ScrStatus>.Code(n.ScrStatus) + (n.Exclusion is { } exclusion ? $" (excluded: {Codes<Exclusion>.Code(exclusion)})" : string.Empty),
        }).ToList();

        Tables.Write(context.Out, ["case id", "incident date", "age group", "gender", "incident type", "status"], rows);
        await context.Out.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture, $"{rows.Count:N0} of {total:N0} matching notifications shown.")).ConfigureAwait(false);
        return Result.Success;
    }
}
