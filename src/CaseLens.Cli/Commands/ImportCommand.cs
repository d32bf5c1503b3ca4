using System.CommandLine;
using CaseLens.Application.Importing;
using CaseLens.Cli.Hosting;
using CaseLens.Domain.Problems;

namespace CaseLens.Cli.Commands;

/// <summary><c>caselens import notifications|intensive FILE [--db] [--update]</c>: all rows or none (<see cref="FileImport"/>).</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var actor = CommonOptions.Actor();
        var mode = CommonOptions.FileMode();
        var update = new Option<bool>("--update")
        {
            Description = "Replace stored rows whose ids are in the file. Without it, a file with ids already stored is rejected (exit 2) and nothing changes.",
        };
        return KindCommands.Create(
            "import",
            "Store a validated file: the whole file or nothing.",
            context,
            kind => (
                $"Validate a {ValidateCommand.Noun(kind)} CSV file and store every row in one transaction; an invalid file, or ids already stored "
                + "(without --update), stores nothing and exits 2. The change is recorded in the audit log.",
                [$"caselens import {ValidateCommand.Noun(kind)} {ValidateCommand.Noun(kind)}.csv --db caselens.db",
                $"caselens import {ValidateCommand.Noun(kind)} corrected.csv --update --actor jsmith"],
                [db, actor, update, mode]),
            async (kind, file, parse, token) =>
            {
                var request = new FileImport.Request(
                    kind, file, parse.GetRequiredValue(db), parse.GetValue(mode), parse.GetRequiredValue(actor), parse.GetValue(update));
                var import = new FileImport(context.Time, context.ImportCheckpoint);
                var imported = await ImportProgressBar.RunAsync(
                    context, file.Exists ? file.Length : 0, bar => import.RunAsync(request, bar, token)).ConfigureAwait(false);
                if (!imported.Succeeded)
                {
                    return imported;
                }

                // Printed once the progress bar has finished with the terminal.
                await context.Out.WriteLineAsync(imported.Value.Summary).ConfigureAwait(false);
                return Result.Success;
            });
    }
}
