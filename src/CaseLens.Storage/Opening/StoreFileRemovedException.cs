using CaseLens.Storage.Sqlite.Native;
using Microsoft.Data.Sqlite;

namespace CaseLens.Storage.Opening;

/// <summary>
/// A SQLite import's store file was taken away while the import waited for its write lock: a failed
/// import that created the same new store removed it (<see cref="NewStoreRemoval"/>). Committing
/// then would land the rows in a file nobody can open any more and report success, so the import
/// checks, under the write lock, just before it commits.
/// </summary>
public sealed class StoreFileRemovedException : IOException
{
    private StoreFileRemovedException(string message)
        : base(message)
    {
    }

    /// <summary>Throws when <paramref name="file"/> is no longer there.</summary>
    public static void ThrowIfRemoved(string file)
    {
        if (!File.Exists(file))
        {
            throw Removed(file);
        }
    }

    /// <summary>
    /// Throws when the file <paramref name="connection"/> has open is no longer the one at its path:
    /// removed, or removed and made again by the failed import's second attempt (which its path alone
    /// cannot tell). A connection taken from the pool may have opened the file before it was removed.
    /// Such connections are let go, so that the import run again opens the file that is there now.
    /// </summary>
    internal static void ThrowIfRemoved(SqliteConnection connection)
    {
        var file = connection.DataSource;
        if (File.Exists(file) && !SqliteOpenFile.HasMoved(connection))
        {
            return;
        }

        SqliteConnection.ClearPool(connection);
        throw Removed(file);
    }

    private static StoreFileRemovedException Removed(string file) => new(
        $"the store file '{Path.GetFileName(file)}' was removed by another import that created it and then failed, while this import waited for it; nothing was stored. Run the import again.");
}
