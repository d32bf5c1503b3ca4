using System.Diagnostics;
using CaseLens.Domain.Synthesis;
using CaseLens.Interchange;
using CaseLens.Storage;
using CaseLens.TestKit;

namespace CaseLens.Cli.Tests;

/// <summary>
/// Kills the real <c>caselens</c> process in the middle of a large import and checks that the store
/// is sound and holds exactly what it held before. Runs caselens through the test host
/// (tests/CaseLens.Cli.TestHost), whose import pauses after CASELENS_TEST_PAUSE_AFTER_ROWS rows so that
/// the kill lands inside the open transaction every time; the production caselens has no such hook.
/// </summary>
public sealed class CrashDuringImportTests : IDisposable
{
    private const int SyntheticRows = 200_000;
    private const int PauseAfterRows = 100_000;
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Killing_an_import_midway_leaves_the_store_sound_and_unchanged()
    {
        var db = _dir.File("store.db");
        var synthetic = _dir.File("synthetic.csv");
        CliRun.Of("import", "notifications", SampleData.Notifications, "--db", db).ExitCode.ShouldBe(0);
        await using (var stream = File.Create(synthetic))
        {
            NotificationCsv.Write(stream, SyntheticNotifications.Generate(SyntheticRows, seed: 2009));
        }

        using var process = StartImport(synthetic, db);
        var paused = await WaitForPauseAsync(process, TimeSpan.FromMinutes(4));
        var journalDuringImport = File.Exists(db + "-journal") || File.Exists(db + "-wal");
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();

        paused.ShouldBeTrue("the import never reached the pause");
        journalDuringImport.ShouldBeTrue("an uncommitted transaction should have a journal beside the store");
        await using var store = await CaseStore.OpenAsync(db);
        (await store.CheckIntegrityAsync()).ShouldBeEmpty();
        (await store.CountNotificationsAsync()).ShouldBe(477);
        (await store.FindNotificationAsync("S0000001")).ShouldBeNull();
        (await store.FindNotificationAsync("N0001")).ShouldNotBeNull();
        (await store.ListAuditEntriesAsync()).Count.ShouldBe(1);
    }

    private static Process StartImport(string file, string db)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "caselens-testhost.dll"));
        foreach (var arg in new[] { "import", "notifications", file, "--db", db })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["CASELENS_TEST_PAUSE_AFTER_ROWS"] = PauseAfterRows.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Process.Start(start) ?? throw new InvalidOperationException("caselens did not start");
    }

    private static async Task<bool> WaitForPauseAsync(Process process, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (await process.StandardError.ReadLineAsync(cancel.Token) is { } line)
            {
                if (line.Contains("test pause after", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        return false;
    }
}
