using CaseLens.Application.Files;
using CaseLens.Domain.Problems;
using CaseLens.Domain.Synthesis;
using CaseLens.Interchange;

namespace CaseLens.Application.Synthesis;

/// <summary><c>synth</c>: valid synthetic notifications (no real children) in the interchange format, for trials and load tests.</summary>
public static class SyntheticFile
{
    /// <summary>Writes <paramref name="rows"/> notifications drawn with <paramref name="seed"/> to <paramref name="file"/>, whole.</summary>
    public static Task<Result> WriteAsync(FileInfo file, int rows, int seed, UnixFileMode mode)
    {
        ArgumentNullException.ThrowIfNull(file);
        return AtomicFile.WriteAsync(file.FullName, mode, stream =>
        {
            NotificationCsv.Write(stream, SyntheticNotifications.Generate(rows, seed));
            return Task.CompletedTask;
        });
    }
}
