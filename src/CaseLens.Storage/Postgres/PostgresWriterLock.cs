using System.Data.Common;

namespace CaseLens.Storage.Postgres;

/// <summary>
/// The one lock every writer of case data takes on a PostgreSQL store: a transaction-scoped
/// advisory lock (<c>pg_advisory_xact_lock</c>) on a key of CaseLens's own. Advisory locks belong
/// to the database, so there is one such lock per store. It is released when the transaction
/// commits or rolls back, after its changes are visible: the next writer's statements, each with a
/// fresh snapshot under READ COMMITTED, see them.
/// </summary>
/// <remarks>
/// Why a lock and not SERIALIZABLE with retry: an import streams its file once into a staging
/// table, so it cannot be retried without reading the file again; and a writer that only waits
/// never fails. Only the short part of an import after its rows are staged holds the lock: the
/// clash check, the audit of what it replaces, the writes and the commit.
/// </remarks>
internal static class PostgresWriterLock
{
    /// <summary>The lock's key: "CaseLens" in ASCII, read as a 64-bit number.</summary>
    public const long Key = 0x436173654C656E73;

    /// <summary>Waits for the lock inside the transaction open on <paramref name="connection"/>.</summary>
    public static async Task TakeAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({Key})";
        // A writer that waits never fails: not after the connection's command timeout either.
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
