using System.Diagnostics;
using System.Runtime.InteropServices;
using CaseLens.Benchmarks.Quick;

namespace CaseLens.Benchmarks.Versus;

/// <summary>
/// Runs a program as a process of its own and reports its wall time (start to exit) and its peak
/// resident memory: the kernel's <c>ru_maxrss</c> of the waited-for children of this (otherwise idle)
/// measuring process, so no peak between samples is missed. Linux only.
/// </summary>
internal static partial class ChildProcessPeak
{
    private const int RusageChildren = -1;

    /// <summary>In the measuring child: runs <paramref name="command"/> and prints a RESULT line.</summary>
    public static async Task<int> RunAsync(string name, string[] command)
    {
        var start = new ProcessStartInfo(command[0]) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in command.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        await output;
        if (process.ExitCode != 0)
        {
            await Console.Error.WriteLineAsync(await errors);
        }

        ChildMeasurement.Report(name, ("exit", process.ExitCode), ("seconds", seconds), ("peak_bytes", ChildrenPeakBytes()));
        return 0;
    }

    private static long ChildrenPeakBytes()
    {
        // struct rusage on 64-bit Linux: two timevals (4 longs), then ru_maxrss in kilobytes, then 13 more longs.
        var usage = new long[18];
        return GetRusage(RusageChildren, usage) == 0 ? usage[4] * 1024 : -1;
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, [Out] long[] usage);
}
