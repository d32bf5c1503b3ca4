using CaseLens.TestKit.Databases;
using Npgsql;

namespace CaseLens.Cli.Tests;

/// <summary>
/// A throwaway database name on the test server (<c>CASELENS_TEST_POSTGRES</c>), created only when
/// asked, and dropped (if it exists) at the end.
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    public PostgresDatabase()
    {
        Name = "caselens_cli_" + Guid.NewGuid().ToString("N");
        Server = TestServer.Postgres ?? throw new InvalidOperationException("CASELENS_TEST_POSTGRES is required");
        Location = new NpgsqlConnectionStringBuilder(Server) { Database = Name }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>The server's connection string (its own database, with the password).</summary>
    public string Server { get; }

    /// <summary>The connection string of this database, with the password.</summary>
    public string Location { get; }

    /// <summary>The server's password, which nothing may print.</summary>
    public string Password => new NpgsqlConnectionStringBuilder(Server).Password!;

    /// <summary>This database's connection string with another password, or none.</summary>
    public string WithPassword(string? password) => new NpgsqlConnectionStringBuilder(Location) { Password = password }.ConnectionString;

    public async Task CreateAsync(string? sql = null)
    {
        await ExecuteAsync(Server, $"CREATE DATABASE {Name}");
        if (sql is not null)
        {
            await ExecuteAsync(Location, sql);
        }
    }

    public async Task<bool> ExistsAsync()
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", Name);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    /// <summary>The names of the tables in the database's public schema, in order.</summary>
    public async Task<IReadOnlyList<string>> TablesAsync()
    {
        await using var connection = new NpgsqlConnection(Location);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", connection);
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    public async Task ExecuteAsync(string sql) => await ExecuteAsync(Location, sql);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(Server, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
