using System.CommandLine;
using CaseLens.Cli.Hosting;
using CaseLens.Cli.Importing;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;

namespace CaseLens.Cli.Commands;

/// <summary><c>caselens import notifications|intensive FILE [--db] [--update]</c>: all rows or none.</summary>
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
            (kind, file, parse, token) =>
            {
                var import = new FileImport(context);
                var (database, newFileMode, who, replace) = (parse.GetRequiredValue(db), parse.GetValue(mode), parse.GetRequiredValue(actor), parse.GetValue(update));
                return kind == DataKind.Notifications
                    ? import.RunAsync(InterchangeFile<Notification>.Notifications, file, database, newFileMode, who, replace, token)
                    : import.RunAsync(InterchangeFile<IntensiveCase>.Intensive, file, database, newFileMode, who, replace, token);
            });
    }
}
