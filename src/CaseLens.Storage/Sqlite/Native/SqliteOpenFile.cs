using Microsoft.Data.Sqlite;

namespace CaseLens.Storage.Sqlite.Native;

/// <summary>The file a SQLite connection has open, as against the file now at its path.</summary>
internal static unsafe class SqliteOpenFile
{
    /// <summary>
    /// Whether the store file <paramref name="connection"/> has open has been removed, renamed or
    /// replaced since the connection opened it (SQLite's <c>SQLITE_FCNTL_HAS_MOVED</c>). False when
    /// it cannot tell: a SQLite library other than the bundled one, which is not called directly.
    /// </summary>
    public static bool HasMoved(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!SqliteStatement.Direct || connection.Handle is not { } handle)
        {
            return false;
        }

        var moved = 0;
        var rc = SqliteNative.FileControl(handle.DangerousGetHandle(), "main", SqliteNative.HasMoved, &moved);
        return rc == 0 && moved != 0;
    }
}
