using System.CommandLine;
using CaseLens.Cli.Hosting;
using CaseLens.Cli.Importing;
using CaseLens.Cli.Problems;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;

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
        (kind, file, _, _) => Task.FromResult(kind == DataKind.Notifications
            ? Validate(InterchangeFile<Notification>.Notifications, file, context)
            : Validate(InterchangeFile<IntensiveCase>.Intensive, file, context)));

    private static Outcome Validate<T>(InterchangeFile<T> kind, FileInfo file, CliContext context)
        where T : class
    {
        if (!file.Exists)
        {
            return Outcome.Failed($"cannot read '{file}': no such file");
        }

        using var stream = file.OpenRead();
        var check = FileCheck.Run(kind, stream, context.Time);
        if (!check.IsValid)
        {
            return Outcome.Invalid(check.Problems);
        }

        context.Out.WriteLine($"{file.Name} is valid: {kind.Summarise(check.Rows, check.Counted)}.");
        return Outcome.Ok;
    }

    internal static string Noun(DataKind kind) => kind == DataKind.Notifications ? "notifications" : "intensive";
}
