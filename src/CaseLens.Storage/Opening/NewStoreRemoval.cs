using CaseLens.Storage.Sqlite;
using CaseLens.Storage.Sqlite.Native;
using Microsoft.Data.Sqlite;

namespace CaseLens.Storage.Opening;

/// <summary>
/// Takes away a SQLite store that an import created and then failed to fill, so that a refused file
/// leaves no empty store behind, without ever taking away anyone else's data. Two imports may start
/// on the same missing file: the one that created it can fail while the other has already committed,
/// or is waiting for the write lock. So the file goes only while this process holds the write lock
/// and every table is still empty; an import waiting on it then finds its file gone before it commits
/// (<see cref="StoreFileRemovedException"/>) and stores nothing.
/// </summary>
public static class NewStoreRemoval
{
    /// <summary>Removes the store at <paramref name="location"/> (with its journals) if it holds no row at all; true when removed.</summary>
    public static async Task<bool> RemoveIfEmptyAsync(StoreLocation location, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.SqliteFile is not { } file || !File.Exists(file))
        {
            return false;
        }

        await using (var connection = new SqliteConnection(location.ConnectionString) { DefaultTimeout = (int)SqliteLockWait.Writer.TotalSeconds })
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // BEGIN IMMEDIATE: the write lock now, waiting (up to DefaultTimeout) for a writer that has it.
            await using var transaction = connection.BeginTransaction(deferred: false);

            // A connection from the pool may hold a file removed since: its emptiness says nothing of
            // the file at the path now, which is never removed on its word.
            if (SqliteOpenFile.HasMoved(connection) || !await IsEmptyAsync(connection, transaction, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            // Still holding the lock: nobody commits into the file between the check and its removal.
            SqliteStoreFiles.Delete(file);
        }

        SqliteConnection.ClearAllPools();
        return true;
    }

    private static async Task<bool> IsEmptyAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.Transaction = transaction;
            // Ordinary tables only: a full-text index's virtual and shadow tables hold bookkeeping rows
            // of their own even when empty, and every row they index is in an ordinary table too.
            list.CommandText = "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'";
            await using var reader = await list.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var any = connection.CreateCommand();
            any.Transaction = transaction;
            any.CommandText = $"SELECT EXISTS (SELECT 1 FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\")";
            if (Convert.ToInt64(await any.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) != 0)
            {
                return false;
            }
        }

        return true;
    }
}
