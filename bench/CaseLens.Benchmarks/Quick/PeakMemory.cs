using System.Diagnostics;
using System.Globalization;

namespace CaseLens.Benchmarks.Quick;

/// <summary>
/// The process's peak resident memory in bytes: VmHWM from /proc/self/status on Linux (the kernel's
/// high-water mark, so no peak between samples is missed), else <see cref="Process.PeakWorkingSet64"/>.
/// </summary>
internal static class PeakMemory
{
    public static long Bytes()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
