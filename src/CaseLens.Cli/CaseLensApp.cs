using System.CommandLine;
using System.CommandLine.Invocation;
using CaseLens.Application.Stores;
using CaseLens.Cli.Commands;
using CaseLens.Cli.Hosting;
using CaseLens.Domain.Problems;

namespace CaseLens.Cli;

/// <summary>
/// The <c>caselens</c> command as a library: parses the arguments, runs the command and returns the
/// exit code (<see cref="ExitCodes"/>). Tests call it in-process with their own writers and clock.
/// </summary>
public static class CaseLensApp
{
    /// <summary>Runs a command line; standard error is taken not to be a terminal (no progress bar).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider time) =>
        Run(args, new CliContext(stdout, stderr, time, ErrorIsTerminal: false));

    public static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var root = BuildRoot(context);
        // An argument is what it says: "@name" is not a response file to read arguments from (a file
        // of case data named so would otherwise be echoed in the parse errors).
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Action is ParseErrorAction)
        {
            // A malformed command line is invalid input too: list every error and exit 2.
            return new ResultPrinter(context.Error).Print(Result.Fail(
                ProblemKind.Invalid,
                parse.Errors.Select(error => new Problem(UsageCode, StoreAddress.HideSecrets(OneLine(error.Message), args)))
                    .Append(new Problem(UsageCode, "Run 'caselens --help' (or 'caselens COMMAND --help') for usage."))));
        }

        return parse.Invoke(new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        });
    }

    /// <summary>The code of a problem with the command line itself.</summary>
    private const string UsageCode = "cli.usage";

    private static string OneLine(string message) =>
        string.Join(' ', message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    private static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand(
            "caselens: code, store and analyse notifications of serious case reviews, and report the tables of the "
            + "biennial analysis (Brandon et al. 2009) from your own data.")
        {
            CommonOptions.Verbose,
            CommonOptions.DatabasePasswordFile,
        };
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(CompareCommand.Create(context));
        root.Subcommands.Add(CasesCommand.Create(context));
        root.Subcommands.Add(SampleCommand.Create(context));
        root.Subcommands.Add(AuditCommand.Create(context));
        root.Subcommands.Add(ReleasesCommand.Create(context));
        root.Subcommands.Add(SynthCommand.Create(context));
        root.Subcommands.Add(StoreCommand.Create(context));
        root.Subcommands.Add(UsersCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        ExampleHelp.AddTo(
            root,
            "caselens import notifications notifications.csv",
            "caselens report --format html --output report.html",
            "caselens import notifications --help");
        return root;
    }
}
