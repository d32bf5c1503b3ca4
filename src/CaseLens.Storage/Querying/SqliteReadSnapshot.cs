using CaseLens.Storage.Importing;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CaseLens.Storage.Querying;

/// <summary>
/// One moment of a SQLite store, held open so that several connections read exactly the same data:
/// a read transaction on a handle of its own, and SQLite's snapshot of it
/// (<c>sqlite3_snapshot_get</c>), which each range reader opens (<c>sqlite3_snapshot_open</c>)
/// before its first read (closing that handle ends its read). Without it, an import committed while a parallel read runs could land
/// in one range and not in another, and a report would count a state the store never had. A
/// snapshot needs WAL mode (the store's own); where SQLite cannot give one, <see cref="Shared"/> is
/// false and the caller reads in one range, on this handle, which is consistent by itself.
/// </summary>
internal sealed class SqliteReadSnapshot : IDisposable
{
    private const string Schema = "main";

    private readonly SqliteReadHandle _handle;
    private readonly sqlite3_snapshot? _snapshot;

    private SqliteReadSnapshot(SqliteReadHandle handle, sqlite3_snapshot? snapshot)
    {
        _handle = handle;
        _snapshot = snapshot;
    }

    /// <summary>The handle whose read transaction holds the moment; queries on it see that moment.</summary>
    public sqlite3 Db => _handle.Db;

    /// <summary>Whether other handles can <see cref="Join"/> the moment.</summary>
    public bool Shared => _snapshot is not null;

    /// <summary>Starts a read transaction on the store at <paramref name="connectionString"/> and takes its snapshot.</summary>
    public static SqliteReadSnapshot Begin(string connectionString, string anyTable)
    {
        var handle = new SqliteReadHandle(connectionString);
        try
        {
            Execute(handle.Db, "BEGIN");
            // A read transaction starts with its first read.
            Execute(handle.Db, $"SELECT 1 FROM {anyTable} LIMIT 1");
            var rc = raw.sqlite3_snapshot_get(handle.Db, Schema, out var snapshot);
            if (rc != raw.SQLITE_OK)
            {
                snapshot?.Dispose();
                snapshot = null;
            }

            return new SqliteReadSnapshot(handle, snapshot);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>Starts a read transaction on <paramref name="other"/> that sees this moment; only when <see cref="Shared"/>.</summary>
    public void Join(SqliteReadHandle other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (_snapshot is null)
        {
            throw new InvalidOperationException("This store gave no snapshot to share; read it in one range.");
        }

        // SQLite opens a snapshot only on a connection that has opened the WAL, which it does at its first read.
        Execute(other.Db, "SELECT 1 FROM sqlite_master LIMIT 1");
        Execute(other.Db, "BEGIN");
        var rc = raw.sqlite3_snapshot_open(other.Db, Schema, _snapshot);
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, other.Db);
        }
    }

    public void Dispose()
    {
        _snapshot?.Dispose();
        // Ending a read transaction cannot fail in a way that matters: the handle closes next.
        _ = raw.sqlite3_exec(_handle.Db, "ROLLBACK");
        _handle.Dispose();
    }

    private static void Execute(sqlite3 db, string sql)
    {
        using var statement = new SqliteStatement(db, sql);
        while (statement.Step())
        {
        }
    }
}
