using Microsoft.Data.Sqlite;
using Npgsql;

namespace CaseLens.Storage.Tests.Opening;

/// <summary>
/// A store location of its own for one test: a SQLite file path in a new folder, or a PostgreSQL
/// database name on the test server; nothing exists there until <see cref="CreateAsync"/>, and
/// whatever was made is removed at the end. <see cref="ExecuteAsync"/> runs SQL in it outside CaseLens.
/// </summary>
internal sealed class FreshDatabase : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "caselens-fresh-" + Guid.NewGuid().ToString("N"));
    private readonly string? _name;

    public FreshDatabase(DatabaseProvider provider)
    {
        Provider = provider;
        Directory.CreateDirectory(_folder);
        if (provider == DatabaseProvider.Sqlite)
        {
            Location = Path.Combine(_folder, "store.db");
            return;
        }

        _name = "caselens_fresh_" + Guid.NewGuid().ToString("N");
        Location = new NpgsqlConnectionStringBuilder(TestServer.Postgres ?? throw new InvalidOperationException("CASELENS_TEST_POSTGRES is required"))
        {
            Database = _name,
        }.ConnectionString;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The SQLite file path or PostgreSQL connection string.</summary>
    public string Location { get; }

    /// <summary>Makes the empty file or database, then runs <paramref name="sql"/> in it.</summary>
    public async Task CreateAsync(string? sql = null)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            await File.WriteAllBytesAsync(Location, []);
        }
        else
        {
            await using var connection = new NpgsqlConnection(TestServer.Postgres);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {_name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        if (sql is not null)
        {
            await ExecuteAsync(sql);
        }
    }

    /// <summary>Whether the file or database exists.</summary>
    public async Task<bool> ExistsAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            return File.Exists(Location);
        }

        await using var connection = new NpgsqlConnection(TestServer.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM pg_database WHERE datname = '{_name}'", connection);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    /// <summary>What a reader outside CaseLens sees: the SQLite file's bytes, or the tables and their row counts.</summary>
    public async Task<string> SnapshotAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            return Convert.ToHexString(await File.ReadAllBytesAsync(Location));
        }

        await using var connection = new NpgsqlConnection(Location);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')", connection);
        return (await command.ExecuteScalarAsync()) as string ?? string.Empty;
    }

    public async Task ExecuteAsync(string sql)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            await using var sqlite = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Location, Pooling = false }.ToString());
            await sqlite.OpenAsync();
            await using var command = new SqliteCommand(sql, sqlite);
            await command.ExecuteNonQueryAsync();
            return;
        }

        await using var connection = new NpgsqlConnection(Location);
        await connection.OpenAsync();
        await using var postgres = new NpgsqlCommand(sql, connection);
        await postgres.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        if (_name is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(TestServer.Postgres);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
