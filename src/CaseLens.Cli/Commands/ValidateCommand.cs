using System.CommandLine;
using CaseLens.Cli.Hosting;

namespace CaseLens.Cli.Commands;

/// <summary><c>caselens validate notifications|intensive FILE</c>: a dry run that writes nothing.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context) => KindCommands.Create(
        "validate",
        "Check a file against its interchange format without storing anything (exit 0 valid, 2 invalid).",
        context,
        kind => (
            $"Check a {Noun(kind)} CSV file: every problem is listed on standard error as 'line L, column C: message'. Nothing is stored.",
                [$"caselens validate {Noun(kind)} {Noun(kind)}.csv"],
                []),
        (kind, file, _) => Pending.NotYet("validate"));

    internal static string Noun(DataKind kind) => kind == DataKind.Notifications ? "notifications" : "intensive";
}
