using CaseLens.Storage.Sqlite.Native;
using Microsoft.Data.Sqlite;

namespace CaseLens.Storage.Sqlite;

/// <summary>
/// A named set of triggers on a table, dropped inside a bulk import's transaction and created again
/// from their own SQL (as the store holds it) before the commit; a rollback, or a crash, restores them
/// by itself. All or none: a table with only some of them is left as it is rather than half suspended.
/// The full-text index's triggers (<see cref="Search.SqliteTextIndex"/>) and the store generation's
/// (<see cref="SqliteGenerationPause"/>) are suspended this way.
/// </summary>
internal sealed class SuspendedTriggers
{
    private readonly SqliteConnection _connection;
    private readonly List<string> _sql;

    private SuspendedTriggers(SqliteConnection connection, List<string> sql) => (_connection, _sql) = (connection, sql);

    /// <summary>Drops the triggers <paramref name="names"/> of <paramref name="table"/>; null, dropping nothing, unless the table has every one.</summary>
    public static SuspendedTriggers? TryDrop(SqliteConnection connection, string table, IReadOnlyCollection<string> names)
    {
        var triggers = new List<(string Name, string Sql)>();
        using (var query = new SqliteStatement(connection, $"SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = '{table}'"))
        {
            while (query.Step())
            {
                if (names.Contains(query.Text(0)))
                {
                    triggers.Add((query.Text(0), query.Text(1)));
                }
            }
        }

        if (triggers.Count != names.Count)
        {
            return null;
        }

        foreach (var (name, _) in triggers)
        {
            Run(connection, $"DROP TRIGGER \"{name}\"");
        }

        return new SuspendedTriggers(connection, [.. triggers.Select(t => t.Sql)]);
    }

    /// <summary>Creates the triggers again from their own SQL.</summary>
    public void Restore()
    {
        foreach (var sql in _sql)
        {
            Run(_connection, sql);
        }
    }

    /// <summary>Runs one statement on <paramref name="connection"/>, inside whatever transaction it has.</summary>
    public static void Run(SqliteConnection connection, string sql)
    {
        using var statement = new SqliteStatement(connection, sql);
        statement.Execute();
    }
}
