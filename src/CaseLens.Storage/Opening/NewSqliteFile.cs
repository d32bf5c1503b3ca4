namespace CaseLens.Storage.Opening;

/// <summary>
/// Makes the empty file of a new SQLite store, exclusively and with its permissions set, before
/// SQLite opens it: SQLite would otherwise create it with the process's umask (usually readable by
/// everyone), and its <c>-wal</c> and <c>-shm</c> files copy the store file's mode.
/// </summary>
internal static class NewSqliteFile
{
    /// <summary>Creates <paramref name="file"/> with exactly <paramref name="mode"/>; false when something already has that name.</summary>
    public static bool TryCreate(string file, UnixFileMode mode)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = mode;
        }

        try
        {
            // CreateNew is O_CREAT | O_EXCL: it fails on any existing name, a symbolic link included.
            using var stream = new FileStream(file, options);
            if (!OperatingSystem.IsWindows())
            {
                // The umask may have taken bits away from the mode asked for.
                File.SetUnixFileMode(stream.SafeFileHandle, mode);
            }

            return true;
        }
        catch (IOException) when (File.Exists(file) || new FileInfo(file).LinkTarget is not null)
        {
            return false;
        }
    }
}
