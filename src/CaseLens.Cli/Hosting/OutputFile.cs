using CaseLens.Application.Files;
using CaseLens.Cli.Problems;

namespace CaseLens.Cli.Hosting;

/// <summary>
/// Writes a command's output file through <see cref="AtomicFile"/>: a temporary file made
/// exclusively beside it, renamed into place only when the writer finished, so a failed export or
/// report never leaves half a file behind (or clobbers the previous good one), and no planted link
/// steers it elsewhere. A target that may not be replaced is invalid input (exit 2).
/// </summary>
internal static class OutputFile
{
    /// <summary>Null when written; else the refusal.</summary>
    public static async Task<Outcome?> WriteAsync(FileInfo file, UnixFileMode mode, Func<Stream, Task> write)
    {
        var written = await AtomicFile.WriteAsync(file.FullName, mode, write).ConfigureAwait(false);
        return written.Succeeded ? null : StoreAccess.Refused(written);
    }

    public static Task<Outcome?> WriteAsync(FileInfo file, UnixFileMode mode, Action<Stream> write) =>
        WriteAsync(file, mode, stream =>
        {
            write(stream);
            return Task.CompletedTask;
        });
}
