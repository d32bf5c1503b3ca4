using CaseLens.Storage.Sqlite.Native;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CaseLens.Storage.Sqlite;

/// <summary>
/// Which journal a store's writes go through. A store lives in WAL mode, so that readers (the web
/// application, a report) go on while a writer writes. An import into a store it has just made, which
/// nobody else has open, goes through a rollback journal instead: SQLite journals only the pages that
/// existed before the transaction, so the new rows are written once, into the file, where the write-ahead
/// log would write them twice (into the log, then into the file at the checkpoint). The commit is just as
/// atomic, and a crash leaves a journal that rolls the store back when it is next opened for writing.
/// The store goes back to WAL mode as soon as the import's transaction ends.
/// </summary>
internal static class StoreJournal
{
    /// <summary>
    /// Leaves WAL mode for a rollback journal, outside any transaction; false when the store stays in WAL
    /// mode, as it does while any other connection has it open (SQLite then keeps the mode it has).
    /// </summary>
    public static bool TryLeaveWal(SqliteConnection connection) =>
        TrySet(connection, "delete") == "delete";

    /// <summary>
    /// Puts the store back in WAL mode, outside any transaction; false when another connection holds a
    /// lock that the change needs, in which case the next import that opens the store does it
    /// (every import calls it when it starts, unless it made the store, and when its transaction ends).
    /// </summary>
    public static bool TryReturnToWal(SqliteConnection connection) =>
        TrySet(connection, "wal") == "wal";

    /// <summary>The store's journal mode after asking for <paramref name="mode"/>; null when a lock held elsewhere refused the change.</summary>
    private static string? TrySet(SqliteConnection connection, string mode)
    {
        // Without waiting: a reader's lock would otherwise hold the import for the whole of the writer's
        // busy timeout (minutes), for a change the next import can make as well.
        raw.sqlite3_busy_timeout(connection.Handle, 0);
        try
        {
            using var pragma = new SqliteStatement(connection, $"PRAGMA journal_mode = {mode}");
            return pragma.Step() ? pragma.Text(0) : null;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
        {
            return null;
        }
        finally
        {
            raw.sqlite3_busy_timeout(connection.Handle, (int)SqliteLockWait.Writer.TotalMilliseconds);
        }
    }
}
