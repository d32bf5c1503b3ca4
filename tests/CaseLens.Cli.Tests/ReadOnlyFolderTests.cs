using CaseLens.TestKit;

namespace CaseLens.Cli.Tests;

/// <summary>
/// A store in a folder its reader cannot write (a shared, read-only copy) can still be read: SQLite
/// in WAL mode wants to make a <c>-shm</c> file beside the store, so the reader falls back to opening
/// the file immutable. The tests run as root in CI, and root may write to any folder whatever its
/// mode; so, when root, the reading commands run in a process of their own as the unprivileged user
/// <c>nobody</c> (<c>setpriv</c>), for whom the folder's mode bits really are a wall. Otherwise the
/// test's own user is already refused by the mode, and the command runs in-process.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ReadOnlyFolderTests : IDisposable
{
    private const int Nobody = 65534;
    private readonly TempDirectory _dir = new();

    public void Dispose()
    {
        File.SetUnixFileMode(_dir.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _dir.Dispose();
    }

    [Fact]
    public async Task A_store_in_a_folder_the_reader_cannot_write_is_read_and_left_as_it_was()
    {
        var db = _dir.File("store.db");
        CliRun.Of("import", "notifications", SampleData.Notifications, "--db", db, "--mode", "0644").ExitCode.ShouldBe(0);
        var expected = CliRun.Of("report", "--format", "csv", "--db", db);
        var before = File.ReadAllBytes(db);
        File.SetUnixFileMode(_dir.Path, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

        var cases = await ReadAsUnprivilegedAsync("cases", "--limit", "3", "--db", db);
        var report = await ReadAsUnprivilegedAsync("report", "--format", "csv", "--db", db);
        var import = await ReadAsUnprivilegedAsync("import", "notifications", SampleData.Notifications, "--db", db, "--update");

        cases.ExitCode.ShouldBe(0, cases.ToString());
        cases.Out.ShouldContain("3 of 477 matching notifications shown.");
        report.ExitCode.ShouldBe(0, report.ToString());
        WithoutDate(report.Out).ShouldBe(WithoutDate(expected.Out));
        import.ExitCode.ShouldNotBe(0, import.ToString());
        Directory.GetFiles(_dir.Path).ShouldBe([db]);
        File.ReadAllBytes(db).ShouldBe(before);
    }

    private static async Task<CliRun> ReadAsUnprivilegedAsync(params string[] args)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return CliRun.Of(args);
        }

        var nobody = $"{Nobody}";
        return await CliProcess.RunAsync(
            args,
            new Dictionary<string, string> { ["HOME"] = Path.GetTempPath(), ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" },
            ["setpriv", $"--reuid={nobody}", $"--regid={nobody}", "--clear-groups"]);
    }

    /// <summary>The report without its provenance date (the process runs on the real clock).</summary>
    private static string WithoutDate(string csv) =>
        string.Join('\n', csv.Split('\n').Where(line => !line.Contains("generated", StringComparison.OrdinalIgnoreCase)));
}
