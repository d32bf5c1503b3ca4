using System.Diagnostics;

namespace CaseLens.Cli.Tests.Races;

/// <summary>
/// The built <c>caselens</c> run as a child process (<c>dotnet caselens.dll …</c>), as an operator
/// runs it: its own runtime, its own connections, nothing shared with the test but the store.
/// </summary>
internal static class CaseLensProcess
{
    // Long enough for a loaded machine; only a process that hangs (waiting on a lock for ever) reaches it.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>Starts every command at once and waits for them all; the results are in the order given.</summary>
    public static async Task<CliRun[]> RunTogetherAsync(params string[][] commands)
    {
        var processes = commands.Select(Start).ToList();
        try
        {
            return await Task.WhenAll(processes.Select(FinishAsync));
        }
        finally
        {
            foreach (var process in processes)
            {
                process.Dispose();
            }
        }
    }

    private static Process Start(string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "caselens.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("caselens did not start");
    }

    private static async Task<CliRun> FinishAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(Limit);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"caselens did not finish within {Limit}");
        }

        return new CliRun(process.ExitCode, await output, await error);
    }
}
