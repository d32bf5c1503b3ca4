using CaseLens.TestKit;
using CaseLens.TestKit.Databases;
using Npgsql;

namespace CaseLens.Cli.Tests;

/// <summary>The command against a PostgreSQL store: <c>--db</c> given as a connection string with Host=.</summary>
public sealed class PostgresStoreTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private readonly string _database = "caselens_cli_" + Guid.NewGuid().ToString("N");
    private string _location = "";

    public async Task InitializeAsync()
    {
        if (TestServer.Postgres is not { } server)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {_database}", connection);
        await command.ExecuteNonQueryAsync();
        _location = new NpgsqlConnectionStringBuilder(server) { Database = _database }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        _dir.Dispose();
        if (TestServer.Postgres is { } server && _location.Length > 0)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    [PostgresFact]
    public void The_sample_imports_exports_and_reports_on_postgresql()
    {
        _location.ShouldNotBeEmpty("CASELENS_TEST_POSTGRES is required");

        var import = CliRun.Of("import", "notifications", SampleData.Notifications, "--db", _location);
        var clash = CliRun.Of("import", "notifications", SampleData.Notifications, "--db", _location);
        var export = CliRun.Of("export", "notifications", _dir.File("out.csv"), "--db", _location);
        var fromStore = CliRun.Of("report", "--db", _location, "--format", "json");
        var fromFile = CliRun.Of("report", "--notifications", SampleData.Notifications, "--format", "json");

        import.ExitCode.ShouldBe(0, import.ToString());
        import.Out.ShouldContain("477 notifications (464 counted, 13 excluded)");
        import.Out.ShouldNotContain("Password=caselens");
        clash.ExitCode.ShouldBe(2);
        export.ExitCode.ShouldBe(0, export.ToString());
        File.ReadAllBytes(_dir.File("out.csv")).ShouldBe(File.ReadAllBytes(SampleData.Notifications));
        fromStore.Out.ShouldBe(fromFile.Out);
    }
}
