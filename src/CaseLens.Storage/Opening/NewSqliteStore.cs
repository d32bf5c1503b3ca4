using System.Runtime.InteropServices;
using CaseLens.Storage.Locations;

namespace CaseLens.Storage.Opening;

/// <summary>
/// Makes a new SQLite store so that no other process ever sees it half made: the store is built and
/// given its schema under a temporary name of its own in the same folder, then given its name with a hard link,
/// which fails if the name is taken. Two imports starting on the same missing file thus never migrate
/// one file at once (EF's migration lock does not cover a file another process has just created
/// empty, and the second would re-run the first migration); the one that loses the name throws its
/// copy away and uses the winner's store.
/// </summary>
internal static class NewSqliteStore
{
    private const int AlreadyExists = 17; // EEXIST

    /// <summary>Builds the store of <paramref name="location"/>; true when this call gave it its name, false when another process had.</summary>
    public static async Task<bool> BuildAsync(StoreLocation location, UnixFileMode mode, CancellationToken cancellationToken)
    {
        var file = location.SqliteFile!;
        var folder = Path.GetDirectoryName(file) ?? ".";
        var building = Path.Combine(folder, $".{Path.GetFileName(file)}.{Guid.NewGuid():N}.new");
        try
        {
            if (!NewSqliteFile.TryCreate(building, mode))
            {
                throw new IOException($"cannot create a temporary store file in {folder}");
            }

            // The schema the migrations make, from one script (NewSqliteSchema). Closing its connection,
            // the only one, checkpointed the write-ahead log into the file, so the file is the whole
            // store when it takes its name.
            await NewSqliteSchema.ApplyAsync(building, cancellationToken).ConfigureAwait(false);
            return Name(building, file);
        }
        finally
        {
            SqliteStoreFiles.Delete(building);
        }
    }

    /// <summary>Gives <paramref name="building"/> the name <paramref name="file"/> unless that name is taken.</summary>
    private static bool Name(string building, string file)
    {
        if (OperatingSystem.IsWindows())
        {
            try
            {
                File.Move(building, file, overwrite: false);
                return true;
            }
            catch (IOException) when (File.Exists(file))
            {
                return false;
            }
        }

        if (link(building, file) == 0)
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        return error == AlreadyExists
            ? false
            : throw new IOException($"cannot name the new store {Path.GetFileName(file)} (error {error})");
    }

    [DllImport("libc", SetLastError = true)]
#pragma warning disable SYSLIB1054, CA5392 // one call on a rare path; libc is resolved by the runtime
    private static extern int link([MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);
#pragma warning restore SYSLIB1054, CA5392
}
