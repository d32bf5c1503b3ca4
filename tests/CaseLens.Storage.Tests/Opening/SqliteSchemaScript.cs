using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace CaseLens.Storage.Tests.Opening;

/// <summary>
/// Reads a SQLite store's schema and rows back as the script that makes them again (the form of
/// <c>NewSqliteSchema.sql</c>), and describes a store whole to compare two of them.
/// </summary>
internal static class SqliteSchemaScript
{
    /// <summary>
    /// Every object with SQL of its own, in the order it was made (sqlite_schema's rowid), each table's
    /// rows straight after it (so no trigger made later fires on them). SQLite's own objects and the
    /// shadow tables a full-text table makes for itself are left out.
    /// </summary>
    public static async Task<string> OfAsync(string file)
    {
        await using var connection = await OpenAsync(file);
        var shadows = await ShadowTablesAsync(connection);
        var script = new StringBuilder();
        script.Append("-- The schema of a new SQLite store: what the migrations make, written by a test from a store\n")
            .Append("-- they migrated (tests/CaseLens.Storage.Tests/Opening/NewSqliteSchemaTests.cs). Do not edit:\n")
            .Append("-- run that test with CASELENS_UPDATE_GOLDEN=1 after adding a migration.\n");
        foreach (var (type, name, sql) in await ObjectsAsync(connection))
        {
            if (name.StartsWith("sqlite_", StringComparison.Ordinal) || shadows.Contains(name))
            {
                continue;
            }

            script.Append(sql).Append(";\n");
            if (type == "table" && !sql.StartsWith("CREATE VIRTUAL", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var insert in await InsertsAsync(connection, name))
                {
                    script.Append(insert).Append(";\n");
                }
            }
        }

        foreach (var insert in await InsertsAsync(connection, "sqlite_sequence", ifExists: true))
        {
            script.Append(insert).Append(";\n");
        }

        return script.ToString();
    }

    /// <summary>
    /// The store whole: its settings, every object but its root page, and the rows of every table but
    /// the full-text index's own segments (which differ by how the index was written, not by what it holds).
    /// </summary>
    public static async Task<string> DescribeAsync(string file)
    {
        await using var connection = await OpenAsync(file);
        var description = new StringBuilder();
        foreach (var pragma in new[] { "page_size", "auto_vacuum", "user_version", "application_id", "encoding", "journal_mode" })
        {
            description.Append(pragma).Append(" = ").Append(await ScalarAsync(connection, $"PRAGMA {pragma}")).Append('\n');
        }

        var shadows = await ShadowTablesAsync(connection);
        var tables = new List<string>();
        foreach (var (type, name, sql) in (await ObjectsAsync(connection, withoutSql: true)).OrderBy(o => o.Name, StringComparer.Ordinal))
        {
            description.Append(type).Append(' ').Append(name).Append(": ").Append(sql).Append('\n');
            if (type == "table" && !sql.StartsWith("CREATE VIRTUAL", StringComparison.OrdinalIgnoreCase)
                && !(shadows.Contains(name) && (name.EndsWith("_data", StringComparison.Ordinal) || name.EndsWith("_idx", StringComparison.Ordinal))))
            {
                tables.Add(name);
            }
        }

        foreach (var table in tables)
        {
            foreach (var insert in await InsertsAsync(connection, table))
            {
                description.Append(insert).Append('\n');
            }
        }

        return description.ToString();
    }

    private static async Task<SqliteConnection> OpenAsync(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<HashSet<string>> ShadowTablesAsync(SqliteConnection connection)
    {
        var shadows = new HashSet<string>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'shadow'";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            shadows.Add(reader.GetString(0));
        }

        return shadows;
    }

    private static async Task<List<(string Type, string Name, string Sql)>> ObjectsAsync(SqliteConnection connection, bool withoutSql = false)
    {
        var objects = new List<(string, string, string)>();
        await using var command = connection.CreateCommand();
        command.CommandText = withoutSql
            ? "SELECT type, name, coalesce(sql, '') FROM sqlite_schema ORDER BY rowid"
            : "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY rowid";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            objects.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return objects;
    }

    /// <summary>An INSERT of each row of <paramref name="table"/>, its values quoted by SQLite, in the order of every column.</summary>
    private static async Task<List<string>> InsertsAsync(SqliteConnection connection, string table, bool ifExists = false)
    {
        var columns = new List<string>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        if (columns.Count == 0 && ifExists)
        {
            return [];
        }

        var quoted = string.Join(" || ',' || ", columns.Select(c => $"quote(\"{c}\")"));
        var order = string.Join(", ", columns.Select(c => $"\"{c}\""));
        var inserts = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT 'INSERT INTO \"{table}\" VALUES(' || {quoted} || ')' FROM \"{table}\" ORDER BY {order}";
        await using (var rows = await command.ExecuteReaderAsync())
        {
            while (await rows.ReadAsync())
            {
                inserts.Add(rows.GetString(0));
            }
        }

        return inserts;
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) ?? "";
    }
}
