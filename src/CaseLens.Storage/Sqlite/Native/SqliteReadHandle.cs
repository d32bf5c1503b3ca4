using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CaseLens.Storage.Sqlite.Native;

/// <summary>
/// A SQLite database handle for one thread's bulk read, opened without a mutex
/// (<c>SQLITE_OPEN_NOMUTEX</c>): <see cref="SqliteConnection"/> opens serialized handles, whose every
/// column read takes and releases the connection's mutex, which is most of the cost of a wide row.
/// The handle is used by one thread only. It opens an existing file as the connection string says
/// (read-write, as <see cref="SqliteConnection"/> does, or read-only, or as an immutable
/// <c>file:</c> URI when the store's folder cannot be written), and writes nothing.
/// </summary>
internal sealed class SqliteReadHandle : IDisposable
{
    private const int BusyTimeoutMilliseconds = 30_000;

    static SqliteReadHandle() =>
        // SqliteConnection's static constructor sets up SQLitePCL's provider (e_sqlite3).
        RuntimeHelpers.RunClassConstructor(typeof(SqliteConnection).TypeHandle);

    public SqliteReadHandle(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var path = builder.DataSource;
        var flags = (builder.Mode == SqliteOpenMode.ReadOnly ? raw.SQLITE_OPEN_READONLY : raw.SQLITE_OPEN_READWRITE)
            | (path.StartsWith("file:", StringComparison.Ordinal) ? raw.SQLITE_OPEN_URI : 0);
        var rc = raw.sqlite3_open_v2(path, out var db, flags | raw.SQLITE_OPEN_NOMUTEX, null);
        if (rc != raw.SQLITE_OK)
        {
            db.Dispose();
            SqliteException.ThrowExceptionForRC(rc, null);
        }

        Db = db;
        raw.sqlite3_busy_timeout(Db, BusyTimeoutMilliseconds);
    }

    public sqlite3 Db { get; }

    public void Dispose() => Db.Dispose();
}
