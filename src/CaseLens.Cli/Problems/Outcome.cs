namespace CaseLens.Cli.Problems;

/// <summary>
/// How a command ended, as a value: success, invalid input with every problem found, or another
/// failure with a one-line message. <see cref="OutcomePrinter"/> turns it into an exit code.
/// </summary>
public sealed record Outcome
{
    private Outcome(int exitCode, IReadOnlyList<Problem> problems, string? failure)
    {
        ExitCode = exitCode;
        Problems = problems;
        Failure = failure;
    }

    public static Outcome Ok { get; } = new(ExitCodes.Ok, [], null);

    public int ExitCode { get; }

    /// <summary>Every problem with the input; empty unless the outcome is invalid input.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>The one-line reason for a failure other than invalid input.</summary>
    public string? Failure { get; }

    public static Outcome Invalid(IEnumerable<Problem> problems)
    {
        var list = problems.ToList();
        ArgumentOutOfRangeException.ThrowIfZero(list.Count, nameof(problems));
        return new Outcome(ExitCodes.InvalidInput, list, null);
    }

    public static Outcome Invalid(string message) => Invalid([new Problem(message)]);

    public static Outcome Failed(string message) => new(ExitCodes.Failure, [], message);
}
