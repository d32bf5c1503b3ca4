using SQLitePCL;

namespace CaseLens.Storage.Sqlite.Native;

/// <summary>
/// Keeps a SQLite store still while several connections read it in parallel: a handle of its own
/// takes the store's write lock (<c>BEGIN IMMEDIATE</c>, which in WAL mode lets every reader on) and
/// writes nothing, so no change can be committed between one range's read and another's; a report
/// then counts a state the store really had. The lock is taken only if it is free at once: while
/// an import is writing, or when the file is read-only, <see cref="Held"/> is false and the caller
/// reads in one range, which is consistent by itself. Writers that come meanwhile wait (their busy
/// timeout) for the second or so the read takes.
/// </summary>
internal sealed class SqliteWriterHold : IDisposable
{
    private readonly SqliteReadHandle _handle;

    private SqliteWriterHold(SqliteReadHandle handle, bool held)
    {
        _handle = handle;
        Held = held;
    }

    /// <summary>The holding handle; queries on it see the state the ranges will read.</summary>
    public sqlite3 Db => _handle.Db;

    /// <summary>Whether the write lock is held, so that parallel ranges read one state.</summary>
    public bool Held { get; }

    /// <summary>Tries once, without waiting, to take the write lock of the store at <paramref name="connectionString"/>.</summary>
    public static SqliteWriterHold Take(string connectionString)
    {
        var handle = new SqliteReadHandle(connectionString);
        raw.sqlite3_busy_timeout(handle.Db, 0);
        var held = raw.sqlite3_exec(handle.Db, "BEGIN IMMEDIATE") == raw.SQLITE_OK;
        return new SqliteWriterHold(handle, held);
    }

    public void Dispose()
    {
        if (Held)
        {
            // Nothing was written: ending the transaction cannot fail in a way that matters, and
            // closing the handle next would end it anyway.
            _ = raw.sqlite3_exec(_handle.Db, "ROLLBACK");
        }

        _handle.Dispose();
    }
}
