using System.Diagnostics;

namespace CaseLens.TestKit;

/// <summary>Runs a real statistics package (PSPP, Rscript) in a folder and returns what it printed.</summary>
public static class ExternalProgram
{
    /// <summary>Whether <paramref name="program"/> is a file in a folder of the PATH.</summary>
    public static bool IsInstalled(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));

    /// <exception cref="InvalidOperationException">The program did not start, or ended with another exit code than 0.</exception>
    /// <exception cref="TimeoutException">It ran for more than two minutes.</exception>
    public static string Run(string program, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill();
            throw new TimeoutException($"{program} did not finish.");
        }

        return process.ExitCode == 0
            ? output.Result
            : throw new InvalidOperationException($"{program} exited {process.ExitCode}: {error.Result}\n{output.Result}");
    }
}
