using CaseLens.Cli;
using Microsoft.Extensions.Time.Testing;

namespace CaseLens.Cli.Tests;

/// <summary>The result of running <c>caselens</c> in-process: exit code and both streams.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static readonly DateTimeOffset Now = new(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static CliRun Of(params string[] args) => At(Now, args);

    /// <summary>Runs <c>caselens</c> as if the clock read <paramref name="now"/>.</summary>
    public static CliRun At(DateTimeOffset now, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CaseLensApp.Run(args, stdout, stderr, new FakeTimeProvider(now));
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
