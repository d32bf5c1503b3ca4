using CaseLens.Storage.KeptCounts;
using Microsoft.Data.Sqlite;

namespace CaseLens.Storage.Sqlite;

/// <summary>
/// The store generation's triggers (<see cref="GenerationTriggers"/>) suspended for a large import,
/// as the full-text index's are (<see cref="SuspendedTriggers"/>): a trigger for each of a million rows
/// would move the generation on a million times where once is enough. <see cref="End"/> creates them
/// again and moves the generation on once, before the commit; a rollback (or a crash) restores them by itself.
/// </summary>
internal sealed class SqliteGenerationPause
{
    private readonly SqliteConnection _connection;
    private readonly SuspendedTriggers _triggers;

    private SqliteGenerationPause(SqliteConnection connection, SuspendedTriggers triggers) =>
        (_connection, _triggers) = (connection, triggers);

    /// <summary>
    /// Drops the triggers on <paramref name="table"/>, inside the import's transaction; null when the
    /// table has none, or only some of them (left as they are rather than half suspended).
    /// </summary>
    public static SqliteGenerationPause? Begin(SqliteConnection connection, string table) =>
        KeptNotificationCounts.Counts(table) && SuspendedTriggers.TryDrop(connection, table, [.. GenerationTriggers.Sqlite.Keys]) is { } triggers
            ? new SqliteGenerationPause(connection, triggers)
            : null;

    /// <summary>Creates the triggers again and moves the generation on once for every change made meanwhile.</summary>
    public void End()
    {
        _triggers.Restore();
        SuspendedTriggers.Run(_connection, GenerationTriggers.NextGeneration);
    }
}
