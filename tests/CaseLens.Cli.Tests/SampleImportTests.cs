using CaseLens.Interchange;
using CaseLens.TestKit;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CaseLens.Cli.Tests;

public sealed class SampleImportTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_sample_notifications_import_with_a_summary_of_counted_and_excluded_rows()
    {
        var run = CliRun.Of("import", "notifications", SampleData.Notifications, "--db", _dir.File("store.db"));

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Error.ShouldBeEmpty();
        run.Out.ShouldContain("477 notifications (464 counted, 13 excluded)");
    }

    [Fact]
    public async Task The_audit_records_who_imported_which_file_and_its_sha256()
    {
        CliRun.Of("import", "notifications", SampleData.Notifications, "--db", _dir.File("store.db"), "--actor", "a.reviewer").ExitCode.ShouldBe(0);

        await using var store = await Storage.CaseStore.OpenAsync(_dir.File("store.db"));
        var entry = (await store.ListAuditEntriesAsync()).ShouldHaveSingleItem();

        entry.Actor.ShouldBe("a.reviewer");
        entry.At.ShouldBe(CliRun.Now);
        using var details = System.Text.Json.JsonDocument.Parse(entry.Details!);
        details.RootElement.GetProperty("sha256").GetString()
            .ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(SampleData.Notifications))));
        details.RootElement.GetProperty("source").GetString().ShouldBe("notifications-2005-07.csv");
    }

    [Fact]
    public void The_sample_intensive_cases_import()
    {
        var run = CliRun.Of("import", "intensive", SampleData.Intensive, "--db", _dir.File("store.db"));

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("40 intensive cases");
    }

    [Theory]
    [InlineData("notifications")]
    [InlineData("intensive")]
    public void Export_then_import_into_a_new_store_gives_the_same_data(string kind)
    {
        var source = kind == "notifications" ? SampleData.Notifications : SampleData.Intensive;
        CliRun.Of("import", kind, source, "--db", _dir.File("first.db")).ExitCode.ShouldBe(0);

        CliRun.Of("export", kind, _dir.File("first.csv"), "--db", _dir.File("first.db")).ExitCode.ShouldBe(0);
        var reimport = CliRun.Of("import", kind, _dir.File("first.csv"), "--db", _dir.File("second.db"));
        CliRun.Of("export", kind, _dir.File("second.csv"), "--db", _dir.File("second.db")).ExitCode.ShouldBe(0);

        reimport.ExitCode.ShouldBe(0, reimport.ToString());
        Records(kind, _dir.File("second.csv")).ShouldBe(Records(kind, source));
        File.ReadAllBytes(_dir.File("second.csv")).ShouldBe(File.ReadAllBytes(_dir.File("first.csv")));
    }

    [Theory]
    [InlineData("notifications", 477)]
    [InlineData("intensive", 40)]
    public void Export_to_xlsx_writes_a_workbook_with_a_row_per_record(string kind, int records)
    {
        var source = kind == "notifications" ? SampleData.Notifications : SampleData.Intensive;
        CliRun.Of("import", kind, source, "--db", _dir.File("store.db")).ExitCode.ShouldBe(0);

        var run = CliRun.Of("export", kind, _dir.File("out.xlsx"), "--db", _dir.File("store.db"));

        run.ExitCode.ShouldBe(0, run.ToString());
        using var workbook = SpreadsheetDocument.Open(_dir.File("out.xlsx"), isEditable: false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.First().Worksheet;
        sheet.Descendants<Row>().Count().ShouldBe(records + 1);
    }

    [Fact]
    public void Importing_the_same_file_again_is_refused_without_update_and_changes_nothing_with_it()
    {
        var db = _dir.File("store.db");
        CliRun.Of("import", "notifications", SampleData.Notifications, "--db", db).ExitCode.ShouldBe(0);

        CliRun.Of("export", "notifications", _dir.File("before.csv"), "--db", db).ExitCode.ShouldBe(0);
        var again = CliRun.Of("import", "notifications", SampleData.Notifications, "--db", db);
        CliRun.Of("export", "notifications", _dir.File("after-clash.csv"), "--db", db).ExitCode.ShouldBe(0);
        var auditAfterClash = CliRun.Of("audit", "--db", db);
        var updated = CliRun.Of("import", "notifications", SampleData.Notifications, "--db", db, "--update", "--actor", "tester");
        var audit = CliRun.Of("audit", "--db", db, "--limit", "1");
        var wholeAudit = CliRun.Of("audit", "--db", db);

        again.ExitCode.ShouldBe(2);
        again.ErrorLines.Length.ShouldBe(477);
        again.ErrorLines[0].ShouldStartWith("line 2, column case_id: case id 'N0001' is already stored");
        File.ReadAllBytes(_dir.File("after-clash.csv")).ShouldBe(File.ReadAllBytes(_dir.File("before.csv")));
        auditAfterClash.Out.ShouldContain("1 of 1 audit entries shown");
        updated.ExitCode.ShouldBe(0, updated.ToString());
        updated.Out.ShouldContain("0 new, 0 replaced, 477 unchanged");
        audit.Out.ShouldContain("tester");
        audit.Out.ShouldContain("477 rows (0 new, 0 replaced, 477 unchanged)");
        wholeAudit.Out.ShouldContain("2 of 2 audit entries shown");
    }

    [Fact]
    public void Validate_reports_a_valid_file_and_creates_no_store()
    {
        var run = CliRun.Of("validate", "notifications", SampleData.Notifications);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("is valid: 477 notifications");
        File.Exists(Path.Combine(Environment.CurrentDirectory, "caselens.db")).ShouldBeFalse();
    }

    [Fact]
    public void Listing_cases_shows_no_board_or_outline()
    {
        CliRun.Of("import", "notifications", SampleData.Notifications, "--db", _dir.File("store.db")).ExitCode.ShouldBe(0);

        var run = CliRun.Of("cases", "--db", _dir.File("store.db"), "--scr-status", "yes", "--limit", "500");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("N0003");
        run.Out.ShouldNotContain("Board ");
        run.Out.ShouldContain("200 of 200 matching notifications shown.");
    }

    [Fact]
    public void Listing_cases_filters_by_board_region_and_study_year()
    {
        CliRun.Of("import", "notifications", SampleData.Notifications, "--db", _dir.File("store.db")).ExitCode.ShouldBe(0);
        using var stream = File.OpenRead(SampleData.Notifications);
        var sample = NotificationCsv.ReadAll(stream, TimeProvider.System).Records;
        var board = sample[0].Board!;
        var expected = sample.Count(n => n.Board == board && n.Region == sample[0].Region && n.IncidentDate < new DateOnly(2006, 4, 1));

        var run = CliRun.Of("cases", "--db", _dir.File("store.db"), "--board", board, "--region", "north_east", "--study-year", "2005-06");

        run.ExitCode.ShouldBe(0, run.ToString());
        sample[0].Region.ShouldBe(Domain.Notifications.Region.NorthEast);
        run.Out.ShouldContain($"{expected} of {expected} matching notifications shown.");
        expected.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_read_only_command_does_not_create_a_missing_store()
    {
        var run = CliRun.Of("cases", "--db", _dir.File("missing.db"));

        run.ExitCode.ShouldBe(2);
        run.ErrorLines.ShouldHaveSingleItem().ShouldContain("no store");
        File.Exists(_dir.File("missing.db")).ShouldBeFalse();
    }

    private static List<object> Records(string kind, string path)
    {
        using var stream = File.OpenRead(path);
        return kind == "notifications"
            ? [.. NotificationCsv.ReadAll(stream, TimeProvider.System).Records]
            : [.. IntensiveCsv.ReadAll(stream).Records];
    }
}
