using CaseLens.Storage.KeptCounts;
using CaseLens.Storage.Sqlite.Native;
using Microsoft.Data.Sqlite;

namespace CaseLens.Storage.Sqlite;

/// <summary>
/// The store generation's triggers (<see cref="GenerationTriggers"/>) suspended for a large import,
/// as the full-text index's are: a trigger for each of a million rows would move the generation on a
/// million times where once is enough. <see cref="End"/> creates them again from their own SQL and
/// moves the generation on once, before the commit; a rollback (or a crash) restores them by itself.
/// </summary>
internal sealed class SqliteGenerationPause
{
    private readonly SqliteConnection _connection;
    private readonly List<string> _triggers;

    private SqliteGenerationPause(SqliteConnection connection, List<string> triggers) =>
        (_connection, _triggers) = (connection, triggers);

    /// <summary>
    /// Drops the triggers on <paramref name="table"/>, inside the import's transaction; null when the
    /// table has none, or only some of them (left as they are rather than half suspended).
    /// </summary>
    public static SqliteGenerationPause? Begin(SqliteConnection connection, string table)
    {
        if (!KeptNotificationCounts.Counts(table))
        {
            return null;
        }

        var triggers = new List<(string Name, string Sql)>();
        using (var query = new SqliteStatement(connection, $"SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = '{table}'"))
        {
            while (query.Step())
            {
                if (GenerationTriggers.Sqlite.ContainsKey(query.Text(0)))
                {
                    triggers.Add((query.Text(0), query.Text(1)));
                }
            }
        }

        if (triggers.Count != GenerationTriggers.Sqlite.Count)
        {
            return null;
        }

        foreach (var (name, _) in triggers)
        {
            Run(connection, $"DROP TRIGGER \"{name}\"");
        }

        return new SqliteGenerationPause(connection, [.. triggers.Select(t => t.Sql)]);
    }

    /// <summary>Creates the triggers again and moves the generation on once for every change made meanwhile.</summary>
    public void End()
    {
        foreach (var sql in _triggers)
        {
            Run(_connection, sql);
        }

        Run(_connection, GenerationTriggers.NextGeneration);
    }

    private static void Run(SqliteConnection connection, string sql)
    {
        using var statement = new SqliteStatement(connection, sql);
        statement.Execute();
    }
}
