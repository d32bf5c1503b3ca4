namespace CaseLens.Cli.Problems;

/// <summary>
/// The one place where failures become text on standard error and an exit code: invalid input as
/// one problem per line, other failures as one line (with the exception's stack only when verbose).
/// Messages never quote case contents beyond the offending cell value a problem names.
/// </summary>
public sealed class OutcomePrinter(TextWriter error)
{
    public int Print(Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        foreach (var problem in outcome.Problems)
        {
            error.WriteLine(problem.ToString());
        }

        if (outcome.Failure is { } failure)
        {
            error.WriteLine($"caselens: {failure}");
        }

        return outcome.ExitCode;
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
