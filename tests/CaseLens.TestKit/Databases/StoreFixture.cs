using System.Collections.Concurrent;
using CaseLens.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit;

namespace CaseLens.TestKit.Databases;

/// <summary>
/// The databases of one test class: a temporary folder for SQLite files (one fresh file per
/// store) and, created on first use, a throwaway PostgreSQL database emptied before each store and
/// dropped at the end.
/// </summary>
public sealed class StoreFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "caselens-tests-" + Guid.NewGuid().ToString("N"));
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentBag<string> _postgresDatabases = [];
    private string? _postgres;
    private int _files;

    /// <summary>A new SQLite file path in the fixture's folder (not created yet).</summary>
    public string NewSqliteFile() => Path.Combine(_folder, $"store-{Interlocked.Increment(ref _files)}.db");

    /// <summary>A location string for an empty store on <paramref name="provider"/>.</summary>
    public async Task<string> EmptyLocationAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            return NewSqliteFile();
        }

        var location = await PostgresAsync();
        await using var connection = new NpgsqlConnection(location);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "DO $$ BEGIN IF to_regclass('notifications') IS NOT NULL THEN " +
            "TRUNCATE notifications, intensive_cases, audit_entries, releases, summary_sections, chronology_entries, useful_quotes RESTART IDENTITY; END IF; END $$", connection);
        await command.ExecuteNonQueryAsync();
        return location;
    }

    /// <summary>Opens an empty store on <paramref name="provider"/>.</summary>
    public async Task<CaseStore> OpenEmptyAsync(DatabaseProvider provider, TimeProvider? time = null) =>
        await CaseStore.OpenAsync(await EmptyLocationAsync(provider), time);

    /// <summary>The connection string of this class's PostgreSQL database, created on first use.</summary>
    public async Task<string> PostgresAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _postgres ??= await NewPostgresDatabaseAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A new PostgreSQL database of its own, never opened as a store (dropped at the end with the others).</summary>
    public async Task<string> NewPostgresDatabaseAsync()
    {
        var server = TestServer.Postgres ?? throw new InvalidOperationException(
            "CASELENS_REQUIRE_POSTGRES=1 but CASELENS_TEST_POSTGRES is not set: the PostgreSQL tests cannot run.");
        var database = "caselens_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
            await command.ExecuteNonQueryAsync();
        }

        _postgresDatabases.Add(database);
        return new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
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
        if (!_postgresDatabases.IsEmpty)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(TestServer.Postgres);
            await connection.OpenAsync();
            foreach (var database in _postgresDatabases)
            {
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
            }
        }

        _gate.Dispose();
    }
}
