using System.CommandLine;
using System.Globalization;
using CaseLens.Application.Auditing;
using CaseLens.Cli.Hosting;
using CaseLens.Domain.Problems;

namespace CaseLens.Cli.Commands;

/// <summary>
/// <c>caselens audit prune --before DATE</c>: audit retention. The audit keeps the record before and
/// after every change, outlines included; this drops those copies from entries made before a day while
/// keeping who changed which case, how and when, and records the prune itself.
/// </summary>
internal static class AuditPruneCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var actor = CommonOptions.Actor();
        var before = new Option<string>("--before")
        {
            Description = "The first day (YYYY-MM-DD, UTC) whose entries keep their values; entries made before it lose them. Not later than today.",
            Required = true,
            HelpName = "DATE",
        };
        var command = new DocumentedCommand("prune",
            "Drop the before and after copies of the records (case contents) from audit entries made before a day, keeping who changed which case, how and when. The prune is itself audited; a SQLite store is rewritten so no dropped value stays in the file.",
            "caselens audit prune --before 2024-04-01 --actor admin")
        {
            before, db, actor,
        };
        command.SetHandler(context, async (parse, token) =>
        {
            var text = parse.GetRequiredValue(before);
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return Result.Fail(ProblemKind.Invalid, new Problem("audit.prune.date", "--before: expected a date YYYY-MM-DD."));
            }

            var pruned = await AuditPrune.RunAsync(parse.GetRequiredValue(db), day, parse.GetRequiredValue(actor), context.Time, token).ConfigureAwait(false);
            if (!pruned.Succeeded)
            {
                return pruned;
            }

            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Pruned the audit before {day:yyyy-MM-dd}: {pruned.Value.Entries:N0} entries lost their record copies; who, when and which case are kept.")).ConfigureAwait(false);
            return Result.Success;
        });
        return command;
    }
}
