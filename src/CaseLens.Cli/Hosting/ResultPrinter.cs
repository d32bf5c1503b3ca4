using CaseLens.Domain.Problems;

namespace CaseLens.Cli.Hosting;

/// <summary>
/// The one place where a use case's <see cref="Result"/> becomes text on standard error and an exit
/// code: a <see cref="ProblemKind.Failure"/> as one line <c>caselens: message</c> (exit 1); any other
/// refusal (invalid input, not found, a conflict) as one problem per line (exit 2). An unexpected
/// exception is one line too, with its stack only when verbose. Messages never quote case contents
/// beyond the offending cell value a problem names.
/// </summary>
internal sealed class ResultPrinter(TextWriter error)
{
    public int Print(Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        switch (result.Kind)
        {
            case null:
                return ExitCodes.Ok;
            case ProblemKind.Failure:
                error.WriteLine($"caselens: {string.Join(" ", result.Problems.Select(p => p.Message))}");
                return ExitCodes.Failure;
            default:
                foreach (var problem in result.Problems)
                {
                    error.WriteLine(problem.ToString());
                }

                return ExitCodes.InvalidInput;
        }
    }

    public int Print(Exception exception, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(exception);
        error.WriteLine($"caselens: {Describe(exception)}");
        if (verbose)
        {
            error.WriteLine(exception.ToString());
        }

        return ExitCodes.Failure;
    }

    private static string Describe(Exception exception)
    {
        var innermost = exception;
        while (innermost.InnerException is not null && innermost is AggregateException or System.Reflection.TargetInvocationException)
        {
            innermost = innermost.InnerException;
        }

        var message = innermost.Message.ReplaceLineEndings(" ");
        return innermost is IOException or UnauthorizedAccessException or System.Data.Common.DbException
            ? message
            : $"{message} ({innermost.GetType().Name})";
    }
}
