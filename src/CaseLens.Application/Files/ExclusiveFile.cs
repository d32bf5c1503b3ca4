namespace CaseLens.Application.Files;

/// <summary>
/// A file made new under its name and nobody else's: <see cref="FileMode.CreateNew"/> is
/// <c>O_CREAT | O_EXCL</c>, so it fails on any existing name, a planted symbolic link included, and
/// the file has exactly the mode asked for from its creation, whatever the umask would take away.
/// The written outputs, the key file and the waiting uploads are all made here.
/// </summary>
internal static class ExclusiveFile
{
    /// <summary>Creates and opens <paramref name="path"/>; an <see cref="IOException"/> when something already has that name.</summary>
    public static FileStream Create(string path, UnixFileMode mode, FileAccess access = FileAccess.Write, int bufferSize = 1 << 16)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = access, Share = FileShare.None, BufferSize = bufferSize };
        if (OperatingSystem.IsWindows())
        {
            return new FileStream(path, options);
        }

        options.UnixCreateMode = mode;
        var stream = new FileStream(path, options);
        try
        {
            File.SetUnixFileMode(stream.SafeFileHandle, mode);
            return stream;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }
}
