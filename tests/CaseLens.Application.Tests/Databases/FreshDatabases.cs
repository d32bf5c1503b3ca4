using CaseLens.Storage;
using CaseLens.TestKit.Databases;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CaseLens.Application.Tests.Databases;

/// <summary>
/// A new, empty store for every test that asks: a SQLite file in a temporary folder, or a throwaway
/// PostgreSQL database on the server named by <c>CASELENS_TEST_POSTGRES</c>. Everything made is
/// deleted or dropped when the test class is done. Accounts are global to a store (the last
/// administrator, unique names), so tests do not share one.
/// </summary>
public sealed class FreshDatabases : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "caselens-tests-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> _postgresDatabases = [];
    private int _files;

    /// <summary>The location text (a <c>--db</c> value) of a new empty store on <paramref name="provider"/>.</summary>
    public async Task<string> NewAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            return Path.Combine(_folder, $"store-{Interlocked.Increment(ref _files)}.db");
        }

        var server = TestServer.Postgres ?? throw new InvalidOperationException(
            "CASELENS_REQUIRE_POSTGRES=1 but CASELENS_TEST_POSTGRES is not set: the PostgreSQL tests cannot run.");
        var name = "caselens_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        lock (_postgresDatabases)
        {
            _postgresDatabases.Add(name);
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        if (_postgresDatabases.Count == 0)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(TestServer.Postgres);
        await connection.OpenAsync();
        foreach (var name in _postgresDatabases)
        {
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
