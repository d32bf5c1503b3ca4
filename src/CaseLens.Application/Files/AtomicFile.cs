using System.Security.Cryptography;
using CaseLens.Domain.Problems;

namespace CaseLens.Application.Files;

/// <summary>
/// Writes an output file (export, report, synthetic data) so that it appears whole or not at all,
/// and so that nobody else can steer where it goes. The data go first into a temporary file in the
/// target's folder, created exclusively (<c>O_CREAT|O_EXCL</c>, which fails on any existing name, a
/// planted symbolic link included) under an unpredictable name, with the file's permissions (0600
/// unless asked otherwise) from the start. Only once written and flushed to disk is it renamed over
/// the target, in one step: <c>rename(2)</c> replaces the name, never writes through it. A target that
/// is a symbolic link, a folder or write-protected (its owner's write bit clear) is refused, not replaced.
/// </summary>
public static class AtomicFile
{
    /// <summary>The code of a refused target.</summary>
    public const string RefusedCode = "file.refused";

    private const int Attempts = 8;

    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>; a refusal when the target may not be replaced.</summary>
    public static async Task<Result> WriteAsync(string path, UnixFileMode mode, Func<Stream, Task> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var target = Path.GetFullPath(path);
        if (Refusal(target, path) is { } refused)
        {
            return refused;
        }

        var (temporary, stream) = CreateTemporary(target, mode);
        try
        {
            await using (stream.ConfigureAwait(false))
            {
                await write(stream).ConfigureAwait(false);
                await stream.FlushAsync().ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            // Looked at again: the target may have changed while the data were written.
            if (Refusal(target, path) is { } late)
            {
                File.Delete(temporary);
                return late;
            }

            File.Move(temporary, target, overwrite: true);
            return Result.Success;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Why <paramref name="target"/> may not be replaced, or null.</summary>
    public static Result? Refusal(string target, string shown)
    {
        ArgumentNullException.ThrowIfNull(target);
        var info = new FileInfo(target);
        if (info.LinkTarget is not null)
        {
            return Refuse($"'{shown}' is a symbolic link: CaseLens does not write through links; name the file itself");
        }

        if (Directory.Exists(target))
        {
            return Refuse($"'{shown}' is a folder: name a file");
        }

        // Decided by the mode bits, not by trying: root may write anywhere, but a file its owner made
        // read-only is meant to stay as it is.
        return info.Exists && !OperatingSystem.IsWindows() && (File.GetUnixFileMode(target) & UnixFileMode.UserWrite) == 0
            ? Refuse($"'{shown}' is write-protected (mode {FilePermissions.Text(File.GetUnixFileMode(target))}): it was not replaced; remove it or make it writable first")
            : null;
    }

    /// <summary>A new file beside <paramref name="target"/> under a random name, opened exclusively with <paramref name="mode"/>.</summary>
    private static (string Path, FileStream Stream) CreateTemporary(string target, UnixFileMode mode)
    {
        var folder = Path.GetDirectoryName(target)!;
        for (var attempt = 1; ; attempt++)
        {
            var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}.tmp");
            try
            {
                return (temporary, ExclusiveFile.Create(temporary, mode));
            }
            catch (IOException) when (attempt < Attempts && (File.Exists(temporary) || new FileInfo(temporary).LinkTarget is not null))
            {
                // Something already has that name (a planted link, say): it is left alone; try another.
            }
        }
    }

    private static Result Refuse(string message) => Result.Fail(ProblemKind.Invalid, new Problem(RefusedCode, message));
}
