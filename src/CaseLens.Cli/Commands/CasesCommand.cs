using System.CommandLine;
using System.Globalization;
using CaseLens.Application.Stores;
using CaseLens.Cli.Hosting;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;
using CaseLens.Storage.Querying;

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
        var opened = await StoreAccess.OpenForReadingAsync(database, context.Time, cancellationToken).ConfigureAwait(false);
        if (!opened.Succeeded)
        {
            return opened;
        }

        await using (var store = opened.Value)
        {
            var total = await store.CountNotificationsAsync(filter, cancellationToken).ConfigureAwait(false);
            var rows = new List<string[]>();
            await foreach (var n in store.StreamNotificationsAsync(filter, NotificationReadOptions.WithoutNarrative, cancellationToken).ConfigureAwait(false))
            {
                if (rows.Count == limit)
                {
                    break;
                }

                rows.Add([
                    n.CaseId,
                    n.IncidentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    n.AgeMonths is { } months ? Codes<AgeGroup>.Code(Age.GroupOf(months)) : string.Empty,
                    n.Gender is { } gender ? Codes<Gender>.Code(gender) : string.Empty,
                    n.IncidentType is { } type ? Codes<IncidentType>.Code(type) : string.Empty,
                    Codes<ScrStatus>.Code(n.ScrStatus) + (n.Exclusion is { } exclusion ? $" (excluded: {Codes<Exclusion>.Code(exclusion)})" : string.Empty),
                ]);
            }

            Tables.Write(context.Out, ["case id", "incident date", "age group", "gender", "incident type", "status"], rows);
            await context.Out.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture, $"{rows.Count:N0} of {total:N0} matching notifications shown.")).ConfigureAwait(false);
            return Result.Success;
        }
    }
}
