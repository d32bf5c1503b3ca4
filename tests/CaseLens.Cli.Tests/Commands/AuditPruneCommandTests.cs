using System.Text;
using CaseLens.Domain.Notifications;
using CaseLens.Interchange;
using CaseLens.TestKit;

namespace CaseLens.Cli.Tests.Commands;

/// <summary><c>caselens audit prune</c>: old record copies go, the trail of who changed what stays.</summary>
public sealed class AuditPruneCommandTests : IDisposable
{
    private const string OldOutline = "Outline before correction: a distinctive phrase 7f3c.";
    private const string NewOutline = "Outline after correction.";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Pruning_drops_the_old_outline_from_the_store_file_and_keeps_who_changed_which_case()
    {
        var db = StoreWithOneCorrectedOutline();
        var later = CliRun.Now.AddDays(2);
        Bytes(db).Contains(OldOutline, StringComparison.Ordinal).ShouldBeTrue("the audit keeps the outline as it was before the update");

        var prune = CliRun.At(later, "audit", "prune", "--before", CliRun.Now.AddDays(1).ToString("yyyy-MM-dd"), "--db", db, "--actor", "admin");
        var audit = CliRun.At(later, "audit", "--db", db);

        prune.ExitCode.ShouldBe(0, prune.ToString());
        prune.Out.ShouldContain("1 entries lost their record copies");
        Bytes(db).ShouldNotContain(OldOutline);
        audit.Out.ShouldContain("update");
        audit.Out.ShouldContain("N0002");
        audit.Out.ShouldContain("prune");
        audit.Out.ShouldContain("admin");
        CliRun.Of("export", "notifications", _dir.File("after.csv"), "--db", db).ExitCode.ShouldBe(0);
        File.ReadAllText(_dir.File("after.csv")).Contains(NewOutline, StringComparison.Ordinal).ShouldBeTrue("the stored case itself is not touched");
    }

    [Fact]
    public void Entries_made_on_or_after_the_cut_off_keep_their_values()
    {
        var db = StoreWithOneCorrectedOutline();

        var prune = CliRun.At(CliRun.Now.AddDays(2), "audit", "prune", "--before", CliRun.Now.ToString("yyyy-MM-dd"), "--db", db);

        prune.ExitCode.ShouldBe(0, prune.ToString());
        prune.Out.ShouldContain(": 0 entries");
        Bytes(db).ShouldContain(OldOutline);
    }

    [Fact]
    public void A_cut_off_after_today_is_refused_and_nothing_is_dropped()
    {
        var db = StoreWithOneCorrectedOutline();
        var before = File.ReadAllBytes(db);

        var prune = CliRun.Of("audit", "prune", "--before", CliRun.Now.AddDays(30).ToString("yyyy-MM-dd"), "--db", db);

        prune.ExitCode.ShouldBe(2, prune.ToString());
        prune.Error.ShouldContain("later than now");
        File.ReadAllBytes(db).ShouldBe(before);
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("15/01/2026")]
    [InlineData("yesterday")]
    public void A_cut_off_that_is_not_a_date_is_invalid_input(string day)
    {
        var db = StoreWithOneCorrectedOutline();

        var prune = CliRun.Of("audit", "prune", "--before", day, "--db", db);

        prune.ExitCode.ShouldBe(2, prune.ToString());
        prune.Error.ShouldContain("expected a date YYYY-MM-DD");
    }

    [Fact]
    public void A_mistyped_store_name_is_refused_and_no_store_is_created()
    {
        var missing = _dir.File("no-such-store.db");

        var prune = CliRun.Of("audit", "prune", "--before", "2025-01-01", "--db", missing);

        prune.ExitCode.ShouldBe(2, prune.ToString());
        File.Exists(missing).ShouldBeFalse();
    }

    /// <summary>The sample imported, then N0002's outline corrected with --update, both at <see cref="CliRun.Now"/>.</summary>
    private string StoreWithOneCorrectedOutline()
    {
        var db = _dir.File("store.db");
        var original = WithOutline(_dir.File("original.csv"), OldOutline);
        var corrected = WithOutline(_dir.File("corrected.csv"), NewOutline);
        CliRun.Of("import", "notifications", original, "--db", db).ExitCode.ShouldBe(0);
        CliRun.Of("import", "notifications", corrected, "--db", db, "--update").ExitCode.ShouldBe(0);
        return db;
    }

    private static string WithOutline(string path, string outline)
    {
        using (var input = File.OpenRead(SampleData.Notifications))
        using (var output = File.Create(path))
        {
            var records = NotificationCsv.ReadAll(input, TimeProvider.System).Records
                .Select(n => n.CaseId == "N0002" ? n with { CaseOutline = outline } : n);
            NotificationCsv.Write(output, records);
        }

        return path;
    }

    /// <summary>The store's bytes, with its write-ahead log if one is left, where a dropped value could also linger.</summary>
    private static string Bytes(string db) =>
        Encoding.Latin1.GetString(File.ReadAllBytes(db)) + (File.Exists(db + "-wal") ? Encoding.Latin1.GetString(File.ReadAllBytes(db + "-wal")) : string.Empty);
}
