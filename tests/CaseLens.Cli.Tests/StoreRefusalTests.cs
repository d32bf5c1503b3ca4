using System.Security.Cryptography;
using CaseLens.TestKit;
using Microsoft.Data.Sqlite;
using CaseLens.TestKit.Databases;

namespace CaseLens.Cli.Tests;

/// <summary>
/// Only <c>import</c> and <c>store init</c> create or migrate a store. Every command that reads
/// refuses a missing, empty or foreign store with exit 2 and leaves it as it was; no command writes
/// to another program's database or to a store a newer CaseLens has migrated.
/// </summary>
public sealed class StoreRefusalTests(SeededStore seeded) : IClassFixture<SeededStore>, IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string[]> Readers() =>
    [
        ["cases"],
        ["audit"],
        ["report", "--format", "json"],
        ["sample", "--size", "5"],
        ["export", "notifications", "{dir}/out.csv"],
        ["compare", "--comparators", "{comparators}", "--against", "2003-05"],
    ];

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_reading_command_refuses_a_missing_store_and_creates_nothing(string[] command)
    {
        var db = _dir.File("missing.db");

        var run = Run(command, db);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain($"there is no store at {db}");
        File.Exists(db).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_reading_command_refuses_an_empty_file_and_leaves_it_empty(string[] command)
    {
        var db = _dir.File("empty.db");
        File.WriteAllBytes(db, []);

        var run = Run(command, db);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain("is empty, not a CaseLens store");
        new FileInfo(db).Length.ShouldBe(0);
    }

    public static TheoryData<string[]> Everything()
    {
        var all = Readers();
        all.Add(["import", "notifications", "{sample}"]);
        all.Add(["store", "init"]);
        return all;
    }

    [Theory]
    [MemberData(nameof(Everything))]
    public void No_command_takes_over_another_programs_sqlite_file(string[] command)
    {
        var db = ForeignSqliteFile();
        var before = SHA256.HashData(File.ReadAllBytes(db));

        var run = Run(command, db);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain("is not a CaseLens store");
        SqliteConnection.ClearAllPools();
        SHA256.HashData(File.ReadAllBytes(db)).ShouldBe(before);
    }

    [Fact]
    public void A_store_a_newer_caselens_migrated_is_neither_read_nor_imported_into()
    {
        var db = NewerStore("29990101000000_SplitBoards");
        var before = SHA256.HashData(File.ReadAllBytes(db));

        var cases = Run(["cases"], db);
        var import = Run(["import", "notifications", "{sample}", "--update"], db);

        cases.ExitCode.ShouldBe(2, cases.ToString());
        cases.Error.ShouldContain("was migrated by a newer CaseLens (migration 29990101000000_SplitBoards");
        import.ExitCode.ShouldBe(2, import.ToString());
        import.Error.ShouldContain("this version does not write to it");
        SqliteConnection.ClearAllPools();
        SHA256.HashData(File.ReadAllBytes(db)).ShouldBe(before);
    }

    [Fact]
    public void A_newer_store_whose_changes_are_marked_readable_is_read_but_not_imported_into()
    {
        var db = NewerStore("29990101000000_AddReviewNote_Additive");

        var cases = Run(["cases", "--limit", "1"], db);
        var import = Run(["import", "notifications", "{sample}", "--update"], db);

        cases.ExitCode.ShouldBe(0, cases.ToString());
        cases.Out.ShouldContain("1 of 477 matching notifications shown.");
        import.ExitCode.ShouldBe(2, import.ToString());
    }

    [PostgresFact]
    public async Task A_reading_command_does_not_create_a_mistyped_postgres_database()
    {
        await using var database = new PostgresDatabase();

        var cases = CliRun.Of("cases", "--db", database.Location);
        var report = CliRun.Of("report", "--format", "json", "--db", database.Location);

        foreach (var run in new[] { cases, report })
        {
            run.ExitCode.ShouldBe(2, run.ToString());
            run.Error.ShouldContain($"there is no database '{database.Name}'");
        }

        (await database.ExistsAsync()).ShouldBeFalse();
    }

    [PostgresFact]
    public async Task A_reading_command_adds_no_tables_to_an_empty_or_foreign_postgres_database()
    {
        await using var empty = new PostgresDatabase();
        await using var foreign = new PostgresDatabase();
        await empty.CreateAsync();
        await foreign.CreateAsync("CREATE TABLE invoices (id integer PRIMARY KEY)");

        var fromEmpty = CliRun.Of("cases", "--db", empty.Location);
        var fromForeign = CliRun.Of("report", "--format", "json", "--db", foreign.Location);
        var intoForeign = CliRun.Of("import", "notifications", SampleData.Notifications, "--db", foreign.Location);

        fromEmpty.ExitCode.ShouldBe(2, fromEmpty.ToString());
        fromForeign.ExitCode.ShouldBe(2, fromForeign.ToString());
        intoForeign.ExitCode.ShouldBe(2, intoForeign.ToString());
        (await empty.TablesAsync()).ShouldBeEmpty();
        (await foreign.TablesAsync()).ShouldBe(["invoices"]);
    }

    private CliRun Run(string[] command, string db) =>
        CliRun.Of([.. command.Select(a => a
            .Replace("{dir}", _dir.Path, StringComparison.Ordinal)
            .Replace("{sample}", SampleData.Notifications, StringComparison.Ordinal)
            .Replace("{comparators}", SampleData.Comparators, StringComparison.Ordinal)), "--db", db]);

    private string ForeignSqliteFile()
    {
        var db = _dir.File("other-program.db");
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        connection.Open();
        using var command = new SqliteCommand("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER); INSERT INTO invoices VALUES (1, 20)", connection);
        command.ExecuteNonQuery();
        return db;
    }

    /// <summary>A copy of the seeded store whose history names <paramref name="migration"/>, as a later CaseLens would leave it.</summary>
    private string NewerStore(string migration)
    {
        var db = seeded.CopyTo(_dir.File("newer.db"));
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        connection.Open();
        using var command = new SqliteCommand($"INSERT INTO \"__EFMigrationsHistory\" VALUES ('{migration}', '99.0.0')", connection);
        command.ExecuteNonQuery();
        return db;
    }
}
