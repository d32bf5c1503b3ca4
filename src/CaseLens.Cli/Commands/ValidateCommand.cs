using System.CommandLine;
using CaseLens.Application.Importing;
using CaseLens.Cli.Hosting;
using CaseLens.Domain.Problems;

namespace CaseLens.Cli.Commands;

/// <summary><c>caselens validate notifications|intensive FILE</c>: a dry run that writes nothing (<see cref="FileValidation"/>).</summary>
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
        (kind, file, _, _) =>
        {
            var valid = FileValidation.Validate(kind, file, context.Time);
            if (!valid.Succeeded)
            {
                return Task.FromResult<Result>(valid);
            }

            context.Out.WriteLine($"{file.Name} is valid: {valid.Value.Summary}.");
            return Task.FromResult(Result.Success);
        });

    internal static string Noun(DataKind kind) => kind == DataKind.Notifications ? "notifications" : "intensive";
}
