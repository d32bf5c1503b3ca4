using System.Diagnostics;

namespace CaseLens.Cli.Tests;

/// <summary>
/// Runs the built <c>caselens</c> in a process of its own: for what an in-process run cannot show,
/// such as an environment variable or another operating-system user.
/// </summary>
internal static class CliProcess
{
    /// <summary>Runs <c>caselens ARGS</c>, optionally through a wrapper (<c>setpriv …</c>) and with extra environment variables.</summary>
    public static async Task<CliRun> RunAsync(
        IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, IReadOnlyList<string>? wrapper = null)
    {
        var command = (wrapper ?? []).Concat(["dotnet", Path.Combine(AppContext.BaseDirectory, "caselens.dll")]).Concat(args).ToList();
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var arg in command.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("caselens did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await output, await error);
    }
}
