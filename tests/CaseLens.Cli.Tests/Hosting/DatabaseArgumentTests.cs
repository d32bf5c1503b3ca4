using CaseLens.TestKit;
using CaseLens.TestKit.Databases;

namespace CaseLens.Cli.Tests.Hosting;

/// <summary>
/// <c>--db</c> is read once, by the provider's own builder, and printed only without its password;
/// a password can be kept out of the argument list with <c>--db-password-file</c> or
/// <c>CASELENS_DB_PASSWORD</c>.
/// </summary>
public sealed class DatabaseArgumentTests : IDisposable
{
    private const string Secret = "hunter2-secret";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("Hots=db.example;Password=hunter2-secret")]
    [InlineData("Data Source=store.db;Password=hunter2-secret")]
    [InlineData("store.db;Password=hunter2-secret")]
    [InlineData("Host=db.example;Password='hunter2-secret")]
    [InlineData("Database=caselens;Pwd=hunter2-secret")]
    public void A_malformed_connection_string_is_refused_and_no_store_is_named_after_it(string db)
    {
        var before = Directory.GetFileSystemEntries(Environment.CurrentDirectory);

        var import = CliRun.Of("import", "notifications", SampleData.Notifications, "--db", db);
        var cases = CliRun.Of("cases", "--db", db);

        foreach (var run in new[] { import, cases })
        {
            run.ExitCode.ShouldBe(2, run.ToString());
            run.Error.ShouldContain("--db:");
            (run.Out + run.Error).ShouldNotContain(Secret);
        }

        Directory.GetFileSystemEntries(Environment.CurrentDirectory).ShouldBe(before, ignoreOrder: true);
    }

    [Fact]
    public void A_connection_string_split_by_the_shell_is_not_echoed_in_the_parse_error()
    {
        var run = CliRun.Of("cases", "--db", "Host=db.example;Password=hunter2", "-secret");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("Unrecognized");
        run.Error.ShouldNotContain("hunter2");
        run.Error.ShouldNotContain("-secret");
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Port=1;Username=app;Password=hunter2-secret;Timeout=3")]
    [InlineData("Server=127.0.0.1;Port=1;UID=app;PSW='hunter2-secret;x';Timeout=3")]
    [InlineData("postgresql://app:hunter2-secret@127.0.0.1:1/caselens?connect_timeout=3")]
    public void An_unreachable_server_is_reported_without_the_password_even_when_verbose(string db)
    {
        var run = CliRun.Of("cases", "--db", db, "--verbose");

        run.ExitCode.ShouldBe(1, run.ToString());
        run.Error.ShouldContain("127.0.0.1");
        (run.Out + run.Error).ShouldNotContain(Secret);
    }

    [PostgresFact]
    public async Task A_wrong_password_or_a_missing_database_is_reported_without_the_password()
    {
        await using var database = new PostgresDatabase();

        var wrong = CliRun.Of("import", "notifications", SampleData.Notifications, "--db", database.WithPassword(Secret), "--verbose");
        var missing = CliRun.Of("cases", "--db", database.Location, "--verbose");

        wrong.ExitCode.ShouldBe(1, wrong.ToString());
        wrong.Error.ShouldContain("password authentication failed");
        (wrong.Out + wrong.Error).ShouldNotContain(Secret);
        (missing.Out + missing.Error).ShouldNotContain("Password=");
        (missing.Out + missing.Error).ShouldNotContain("Password=" + database.Password);
    }

    [PostgresFact]
    public async Task The_password_can_come_from_a_file()
    {
        await using var database = new PostgresDatabase();
        var file = _dir.File("password");
        await File.WriteAllTextAsync(file, database.Password + "\n");

        var without = CliRun.Of("import", "notifications", SampleData.Notifications, "--db", database.WithPassword(null));
        var with = CliRun.Of("import", "notifications", SampleData.Notifications, "--db", database.WithPassword(null), "--db-password-file", file);

        without.ExitCode.ShouldBe(1, without.ToString());
        with.ExitCode.ShouldBe(0, with.ToString());
        with.Out.ShouldContain($"Database={database.Name}");
        with.Out.ShouldNotContain("Password");
    }

    [PostgresFact]
    public async Task The_password_can_come_from_the_environment()
    {
        await using var database = new PostgresDatabase();
        string[] import = ["import", "notifications", SampleData.Notifications, "--db", $"postgresql://caselens@127.0.0.1/{database.Name}"];

        var run = await CliProcess.RunAsync(import, new Dictionary<string, string> { ["CASELENS_DB_PASSWORD"] = database.Password });

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("477 notifications");
    }

    [Fact]
    public void A_missing_password_file_is_invalid_input_named_by_its_path()
    {
        var run = CliRun.Of("cases", "--db", "Host=db.example", "--db-password-file", _dir.File("nowhere"));

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain($"cannot read the password file '{_dir.File("nowhere")}': no such file");
    }

    [Fact]
    public void A_password_file_for_a_sqlite_store_is_refused()
    {
        var file = _dir.File("password");
        File.WriteAllText(file, Secret);

        var run = CliRun.Of("cases", "--db", _dir.File("store.db"), "--db-password-file", file);
        var byDefault = CliRun.Of("cases", "--db-password-file", file);

        foreach (var refused in new[] { run, byDefault })
        {
            refused.ExitCode.ShouldBe(2, refused.ToString());
            refused.Error.ShouldContain("SQLite store has no password");
            refused.Error.ShouldNotContain(Secret);
        }
    }
}
