using System.Diagnostics;

namespace CaseLens.Analysis.Tests.Research;

/// <summary>Runs a real statistics package (PSPP, Rscript) in a folder and returns what it printed.</summary>
internal static class ExternalProgram
{
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

        process.ExitCode.ShouldBe(0, $"{program}: {error.Result}\n{output.Result}");
        return output.Result;
    }
}
