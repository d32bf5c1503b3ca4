using System.CommandLine;
using CaseLens.Cli.Commands;
using CaseLens.Cli.Problems;

namespace CaseLens.Cli.Hosting;

/// <summary>
/// Binds a command to a handler that returns an <see cref="Outcome"/>, so that every command's
/// failures, expected or not, reach standard error and the exit code through one printer.
/// </summary>
internal static class OutcomeAction
{
    public static void SetHandler(this Command command, CliContext context, Func<ParseResult, Outcome> handler)
    {
        command.SetAction(parse =>
        {
            var printer = new OutcomePrinter(context.Error);
            try
            {
                return printer.Print(handler(parse));
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                return printer.Print(exception, parse.GetValue(CommonOptions.Verbose));
            }
        });
    }
}
