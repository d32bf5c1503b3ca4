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
    public static void SetHandler(this Command command, CliContext context, Func<ParseResult, Outcome> handler) =>
        command.SetHandler(context, (parse, _) => Task.FromResult(handler(parse)));

    public static void SetHandler(this Command command, CliContext context, Func<ParseResult, CancellationToken, Task<Outcome>> handler)
    {
        command.SetAction(async (parse, cancellationToken) =>
        {
            var printer = new OutcomePrinter(context.Error);
            try
            {
                return printer.Print(await handler(parse, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                return printer.Print(exception, parse.GetValue(CommonOptions.Verbose));
            }
        });
    }
}
