using System.CommandLine;
using CaseLens.Application.Importing;
using CaseLens.Cli.Hosting;
using CaseLens.Domain.Problems;

namespace CaseLens.Cli.Commands;

/// <summary>
/// Builds the <c>notifications</c> and <c>intensive</c> subcommands of a verb (validate, import, export),
/// each taking a FILE argument plus the verb's own options.
/// </summary>
internal static class KindCommands
{
    public static Command Create(
        string verb,
        string summary,
        CliContext context,
        Func<DataKind, (string Description, string[] Examples, Option[] Options)> describe,
        Func<DataKind, FileInfo, ParseResult, CancellationToken, Task<Result>> handler)
    {
        var command = new DocumentedCommand(verb, summary, describe(DataKind.Notifications).Examples[0], describe(DataKind.Intensive).Examples[0]);
        foreach (var kind in new[] { DataKind.Notifications, DataKind.Intensive })
        {
            var (description, examples, options) = describe(kind);
            var file = new Argument<FileInfo>("FILE") { Description = "The file (.csv, or .xlsx where the command says so)." };
            var sub = new DocumentedCommand(kind == DataKind.Notifications ? "notifications" : "intensive", description, examples) { file };
            foreach (var option in options)
            {
                sub.Options.Add(option);
            }

            sub.SetHandler(context, (parse, token) => handler(kind, parse.GetRequiredValue(file), parse, token));
            command.Subcommands.Add(sub);
        }

        return command;
    }
}
