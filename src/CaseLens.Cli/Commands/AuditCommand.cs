using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CaseLens.Cli.Hosting;
using CaseLens.Cli.Problems;
using CaseLens.Storage;

namespace CaseLens.Cli.Commands;

/// <summary><c>caselens audit</c>: the store's audit log, newest first.</summary>
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
        command.SetHandler(context, (parse, token) => ListAsync(parse.GetRequiredValue(db), parse.GetValue(limit), context, token));
        return command;
    }

    private static async Task<Outcome> ListAsync(StoreLocation database, int limit, CliContext context, CancellationToken cancellationToken)
    {
        var (store, failure) = await StoreAccess.OpenForReadingAsync(database, context, cancellationToken).ConfigureAwait(false);
        if (store is null)
        {
            return failure!;
        }

        await using (store)
        {
            var entries = await store.ListAuditEntriesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);

            // The before and after values hold case contents, so only who, when, what and which are shown.
            var rows = entries.Reverse().Take(limit).Select(e => new[]
            {
                e.Id.ToString(CultureInfo.InvariantCulture),
                e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                e.Actor,
                e.Action.ToString().ToLowerInvariant(),
                e.Entity.ToString().ToLowerInvariant(),
                e.CaseId ?? string.Empty,
                ImportDetails(e.Details),
            });
            Tables.Write(context.Out, ["id", "at (UTC)", "actor", "action", "entity", "case id", "details"], rows);
            await context.Out.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture, $"{Math.Min(limit, entries.Count):N0} of {entries.Count:N0} audit entries shown, newest first.")).ConfigureAwait(false);
            return Outcome.Ok;
        }
    }

    /// <summary>
    /// An import's details in words: "notifications.csv: 477 rows (477 new, 0 replaced, 0 unchanged)";
    /// entries written before unchanged records were counted have no "unchanged".
    /// </summary>
    private static string ImportDetails(string? json)
    {
        if (json is null)
        {
            return string.Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var unchanged = root.TryGetProperty("unchanged", out var count)
                ? string.Create(CultureInfo.InvariantCulture, $", {count.GetInt64():N0} unchanged")
                : string.Empty;
            return string.Create(CultureInfo.InvariantCulture,
                $"{root.GetProperty("source").GetString()}: {root.GetProperty("rows").GetInt64():N0} rows ({root.GetProperty("inserted").GetInt64():N0} new, {root.GetProperty("updated").GetInt64():N0} replaced{unchanged})");
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return json;
        }
    }
}
