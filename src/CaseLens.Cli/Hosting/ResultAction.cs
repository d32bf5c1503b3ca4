using System.CommandLine;
using CaseLens.Cli.Commands;
using CaseLens.Domain.Problems;

namespace CaseLens.Cli.Hosting;

/// <summary>
/// Binds a command to a handler that returns a <see cref="Result"/>, so that every command's
/// failures, expected or not, reach standard error and the exit code through <see cref="ResultPrinter"/>.
/// </summary>
internal static class ResultAction
{
    public static void SetHandler(this Command command, CliContext context, Func<ParseResult, Result> handler) =>
        command.SetHandler(context, (parse, _) => Task.FromResult(handler(parse)));

    public static void SetHandler(this Command command, CliContext context, Func<ParseResult, CancellationToken, Task<Result>> handler)
    {
        command.SetAction(async (parse, cancellationToken) =>
        {
            var printer = new ResultPrinter(context.Error);
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
