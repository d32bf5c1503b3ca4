using System.CommandLine;
using System.Globalization;
using CaseLens.Application.Releases;
using CaseLens.Application.Stores;
using CaseLens.Cli.Hosting;
using CaseLens.Domain.Problems;

namespace CaseLens.Cli.Commands;

/// <summary><c>caselens releases [--db DB]</c>: the reports published from the store, oldest first. Read-only; no case content.</summary>
internal static class ReleasesCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var command = new DocumentedCommand("releases",
            "List the reports published from the store (its disclosure ledger): each release's number, when and by whom, "
            + "its policy, the filters of its cases and how many numbers it showed. Read-only.",
            "caselens releases --db caselens.db")
        {
            db,
        };
        command.SetHandler(context, (parse, token) => ListAsync(parse.GetRequiredValue(db), context, token));
        return command;
    }

    private static async Task<Result> ListAsync(StoreAddress database, CliContext context, CancellationToken cancellationToken)
    {
        var listed = await new ListReleases(context.Time).RunAsync(database, cancellationToken).ConfigureAwait(false);
        if (!listed.Succeeded)
        {
            return listed;
        }

        var rows = listed.Value.Select(r => new[]
        {
            r.Id,
            r.PublishedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            r.Actor,
            r.Policy,
            r.Filters.Count == 0 ? "(none)" : string.Join("; ", r.Filters.Select(f => $"{f.Key}={f.Value}")),
            r.CellsPublished.ToString("N0", CultureInfo.InvariantCulture),
        });
        Tables.Write(context.Out, ["release", "published (UTC)", "actor", "policy", "filters", "cells published"], rows);
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{listed.Value.Count:N0} releases recorded.")).ConfigureAwait(false);
        return Result.Success;
    }
}
