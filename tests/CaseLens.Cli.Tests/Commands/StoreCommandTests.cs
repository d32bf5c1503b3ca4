using CaseLens.TestKit;
using CaseLens.TestKit.Databases;

namespace CaseLens.Cli.Tests.Commands;

/// <summary><c>caselens store init</c> creates a store (owner-only unless --mode says otherwise) or finds it up to date.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class StoreCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Init_creates_an_owner_only_store_that_the_reading_commands_accept()
    {
        var db = _dir.File("new.db");

        var init = CliRun.Of("store", "init", "--db", db);
        var again = CliRun.Of("store", "init", "--db", db);
        var cases = CliRun.Of("cases", "--db", db);

        init.ExitCode.ShouldBe(0, init.ToString());
        init.Out.ShouldContain($"Created a new store at {db}");
        File.GetUnixFileMode(db).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        again.Out.ShouldContain("is up to date; nothing was changed");
        cases.ExitCode.ShouldBe(0, cases.ToString());
        cases.Out.ShouldContain("0 of 0 matching notifications shown.");
    }

    [Fact]
    public void Init_and_import_give_a_new_store_the_mode_asked_for()
    {
        var initialised = _dir.File("shared.db");
        var imported = _dir.File("imported.db");

        CliRun.Of("store", "init", "--db", initialised, "--mode", "0640").ExitCode.ShouldBe(0);
        CliRun.Of("import", "notifications", SampleData.Notifications, "--db", imported, "--mode", "644").ExitCode.ShouldBe(0);

        Convert.ToString((int)File.GetUnixFileMode(initialised), 8).ShouldBe("640");
        Convert.ToString((int)File.GetUnixFileMode(imported), 8).ShouldBe("644");
    }

    [Theory]
    [InlineData("0666", "not allowed")]
    [InlineData("0400", "not allowed")]
    [InlineData("4600", "not allowed")]
    [InlineData("rw-r--r--", "not a file mode")]
    public void A_mode_that_would_let_others_write_or_the_owner_not_write_is_refused(string mode, string expected)
    {
        var run = CliRun.Of("store", "init", "--db", _dir.File("x.db"), "--mode", mode);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain(expected);
        File.Exists(_dir.File("x.db")).ShouldBeFalse();
    }

    [PostgresFact]
    public async Task Init_creates_a_missing_postgres_database_with_the_schema()
    {
        await using var database = new PostgresDatabase();

        var init = CliRun.Of("store", "init", "--db", database.Location);

        init.ExitCode.ShouldBe(0, init.ToString());
        init.Out.ShouldContain($"Database={database.Name}");
        init.Out.ShouldNotContain("Password");
        (await database.TablesAsync()).ShouldContain("notifications");
    }
}
