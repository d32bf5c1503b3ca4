using System.Net;
using CaseLens.Application.Tests.Databases;
using CaseLens.Application.Uploads;
using CaseLens.Domain.Validation;
using CaseLens.Interchange;
using CaseLens.Storage;
using CaseLens.Storage.Auditing;
using CaseLens.Storage.Records;
using CaseLens.TestKit;
using CaseLens.TestKit.Databases;
using CaseLens.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CaseLens.Web.Tests.Uploads;

/// <summary>
/// <c>/upload</c> over HTTP: every problem listed before anything is stored, the whole file or
/// nothing on confirmation, scope, the workbook the export writes, and the private temporary file.
/// Each test uploads cases under ids of its own.
/// </summary>
public sealed class UploadTests(SiteFixture fixture) : IClassFixture<SiteFixture>
{
    private TestSite Site => fixture.Site;

    private async Task<bool> StoredAsync(string caseId) =>
        await new NotificationRepository(Site.App.Services.GetRequiredService<CaseStore>()).FindAsync(caseId) is not null;

    private async Task<SiteClient> SignedInAsync(string name)
    {
        var client = Site.Client();
        await client.SignedInAsAsync(name);
        return client;
    }

    private string[] WaitingFiles()
    {
        var root = Site.App.Services.GetRequiredService<UploadFolder>().Root;
        return root.Exists ? Directory.GetFiles(root.FullName, "*", SearchOption.AllDirectories) : [];
    }

    [Fact]
    public async Task The_check_lists_every_problem_with_row_column_and_code_and_stores_nothing()
    {
        using var analyst = await SignedInAsync("analyst-national");
        var cases = UploadFiles.Cases("V", 4);

        using var response = await analyst.UploadAsync(UploadFiles.Csv(cases, 1, 3), "coded.csv");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        html.ShouldContain("2 problems were found. Nothing was stored");
        html.ShouldContain("<td>3</td>\n                    <td>incident_date</td>");
        html.ShouldContain("<td>5</td>\n                    <td>incident_date</td>");
        html.ShouldContain("<code>cell.invalid</code>");
        foreach (var c in cases)
        {
            (await StoredAsync(c.CaseId)).ShouldBeFalse();
        }

        WaitingFiles().ShouldBeEmpty();
    }

    [Fact]
    public async Task Confirming_imports_every_row_audited_as_the_signed_in_person()
    {
        using var analyst = await SignedInAsync("analyst-national");
        var cases = UploadFiles.Cases("W", 3);
        var token = await analyst.CheckedAsync(UploadFiles.Csv(cases), "three.csv");
        foreach (var c in cases)
        {
            (await StoredAsync(c.CaseId)).ShouldBeFalse("nothing is stored before the confirmation");
        }

        using var confirmed = await analyst.ConfirmAsync(token);

        var html = await confirmed.Content.ReadAsStringAsync();
        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("Imported 3 notifications from three.csv");
        foreach (var c in cases)
        {
            (await StoredAsync(c.CaseId)).ShouldBeTrue();
        }

        var audit = await new AuditTrail(Site.App.Services.GetRequiredService<CaseStore>()).ListAsync();
        audit.ShouldContain(e => e.Action == AuditAction.Import && e.Actor == "analyst-national" && e.Details != null && e.Details.Contains("three.csv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_with_one_bad_row_imports_nothing()
    {
        using var analyst = await SignedInAsync("admin-national");
        var cases = UploadFiles.Cases("X", 5);

        using var response = await analyst.UploadAsync(UploadFiles.Csv(cases, 4), "one-bad.csv");

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).ShouldContain("1 problem was found");
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("Import the file");
        foreach (var c in cases)
        {
            (await StoredAsync(c.CaseId)).ShouldBeFalse();
        }
    }

    [Fact]
    public async Task A_board_scoped_analyst_cannot_upload_another_boards_rows_nor_the_intensive_sample()
    {
        using var analyst = await SignedInAsync("analyst-board");
        var own = UploadFiles.Cases("Y", 2);
        var other = UploadFiles.Cases("YB", 1, TestCases.OtherBoardName);

        using var mixed = await analyst.UploadAsync(UploadFiles.Csv([.. own, .. other]), "mixed.csv");
        using var intensive = await analyst.UploadAsync(UploadFiles.Csv(own), "sample.csv", kind: "intensive");

        mixed.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var html = await mixed.Content.ReadAsStringAsync();
        html.ShouldContain("<code>upload.board_out_of_scope</code>");
        html.ShouldContain("<td>4</td>\n                    <td>board</td>");
        intensive.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        foreach (var c in own.Concat(other))
        {
            (await StoredAsync(c.CaseId)).ShouldBeFalse();
        }
    }

    [Fact]
    public async Task A_board_scoped_analyst_cannot_replace_another_boards_stored_case_by_updating()
    {
        using var analyst = await SignedInAsync("analyst-board");
        var takeover = UploadFiles.Cases("Z", 1)[0] with { CaseId = TestCases.OtherBoard };

        using var response = await analyst.UploadAsync(UploadFiles.Csv([takeover]), "takeover.csv", update: true);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).ShouldContain("is not yours to replace");
        var stored = await new NotificationRepository(Site.App.Services.GetRequiredService<CaseStore>()).FindAsync(TestCases.OtherBoard);
        stored!.Board.ShouldBe(TestCases.OtherBoardName);
    }

    [Theory]
    [InlineData("reader-national")]
    [InlineData("reader-board")]
    public async Task A_reader_cannot_reach_the_upload_page_nor_post_to_it(string reader)
    {
        using var client = await SignedInAsync(reader);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(UploadFiles.Csv(UploadFiles.Cases("R", 1))), "file", "r.csv" } };

        using var page = await client.GetAsync("/upload");
        using var posted = await client.Http.PostAsync(new Uri("/upload", UriKind.Relative), form);

        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        posted.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await StoredAsync("R001")).ShouldBeFalse();
    }

    [Fact]
    public async Task The_workbook_the_export_writes_uploads_back_to_the_same_records()
    {
        using var analyst = await SignedInAsync("analyst-national");
        var cases = UploadFiles.Cases("K", 3);

        var token = await analyst.CheckedAsync(UploadFiles.Workbook(cases), "exported.xlsx");
        using var confirmed = await analyst.ConfirmAsync(token);

        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var repository = new NotificationRepository(Site.App.Services.GetRequiredService<CaseStore>());
        foreach (var c in cases)
        {
            var stored = await repository.FindAsync(c.CaseId);
            NotificationCoding.Write(stored!).ShouldBe(NotificationCoding.Write(c));
        }
    }

    [Fact]
    public async Task The_waiting_upload_is_private_to_its_owner_and_deleted_once_imported()
    {
        using var analyst = await SignedInAsync("analyst-national");
        using var other = await SignedInAsync("admin-national");
        var cases = UploadFiles.Cases("P", 1);

        var token = await analyst.CheckedAsync(UploadFiles.Csv(cases), "private.csv");
        var waiting = WaitingFiles().ShouldHaveSingleItem();
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(waiting).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.GetUnixFileMode(Path.GetDirectoryName(waiting)!).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        using var stolen = await other.ConfirmAsync(token);
        using var guessed = await analyst.ConfirmAsync("not-a-token");
        stolen.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        guessed.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await StoredAsync(cases[0].CaseId)).ShouldBeFalse();

        using var confirmed = await analyst.ConfirmAsync(token);
        using var again = await analyst.ConfirmAsync(token);

        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        File.Exists(waiting).ShouldBeFalse();
        Directory.Exists(Path.GetDirectoryName(waiting)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_discarded_upload_is_deleted_and_stores_nothing()
    {
        using var analyst = await SignedInAsync("analyst-national");
        var cases = UploadFiles.Cases("D", 1);
        var token = await analyst.CheckedAsync(UploadFiles.Csv(cases), "discard.csv");

        using var discarded = await analyst.PostFormAsync("/upload", "/upload?handler=Discard", ("token", token));

        discarded.StatusCode.ShouldBe(HttpStatusCode.OK);
        WaitingFiles().ShouldBeEmpty();
        using var confirmed = await analyst.ConfirmAsync(token);
        confirmed.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await StoredAsync(cases[0].CaseId)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var analyst = await SignedInAsync("analyst-national");
        using var form = new MultipartFormDataContent { { new StringContent("notifications"), "kind" }, { new ByteArrayContent(UploadFiles.Csv(UploadFiles.Cases("F", 1))), "file", "f.csv" } };

        using var posted = await analyst.Http.PostAsync(new Uri("/upload", UriKind.Relative), form);

        posted.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WaitingFiles().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_workbooks_problems_name_the_sheet_row_even_after_an_outline_of_several_lines()
    {
        using var analyst = await SignedInAsync("analyst-board");
        var cases = UploadFiles.Cases("M", 2);
        cases[0] = cases[0] with { CaseOutline = "First line.\nSecond line.\nThird line." };
        var other = UploadFiles.Cases("MB", 1, TestCases.OtherBoardName);

        using var response = await analyst.UploadAsync(UploadFiles.Workbook([.. cases, .. other]), "rows.xlsx");

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).ShouldContain("<td>4</td>\n                    <td>board</td>");
    }

    [Fact]
    public async Task A_file_that_is_neither_csv_nor_a_workbook_is_refused_with_a_code()
    {
        using var analyst = await SignedInAsync("analyst-national");

        using var zip = await analyst.UploadAsync([0x50, 0x4B, 0x03, 0x04, 1, 2, 3], "broken.xlsx");
        using var empty = await analyst.UploadAsync([], "empty.csv");

        zip.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await zip.Content.ReadAsStringAsync()).ShouldContain("<code>xlsx.unreadable</code>");
        empty.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await empty.Content.ReadAsStringAsync()).ShouldContain("<code>upload.empty</code>");
        WaitingFiles().ShouldBeEmpty();
    }

    [Fact]
    public async Task Nothing_of_an_uploaded_file_reaches_the_log()
    {
        using var analyst = await SignedInAsync("analyst-national");
        const string Word = "marmalade";
        var cases = UploadFiles.Cases("N", 2).Select(c => c with { CaseOutline = $"A {Word} jar was found." }).ToArray();
        var bad = UploadFiles.Cases("NB", 1).Select(c => c with { CaseOutline = $"The {Word} again." }).ToArray();

        using (await analyst.UploadAsync(UploadFiles.Csv(bad, 0), "bad-log.csv"))
        {
        }

        var token = await analyst.CheckedAsync(UploadFiles.Csv(cases), "log.csv");
        using var confirmed = await analyst.ConfirmAsync(token);

        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK);
        Site.Logs.Entries.ShouldNotContain(e => e.Contains(Word, StringComparison.OrdinalIgnoreCase) || e.Contains("N001", StringComparison.Ordinal) || e.Contains(token, StringComparison.Ordinal));
    }

    /// <summary>
    /// The cells as a workbook gives them back: XML reads every line end as LF, so a CR LF in an
    /// outline comes back as LF (the workbook is for people; CSV is the lossless form).
    /// </summary>
    private static string[] AsXmlReadsIt(string[] cells) => [.. cells.Select(c => c.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'))];

    [Fact]
    public async Task Fully_coded_workbooks_of_both_formats_upload_back_to_the_same_records()
    {
        using var analyst = await SignedInAsync("analyst-national");
        var notifications = new[] { FullRecords.Notification("Q001"), FullRecords.SparseNotification("Q002") };
        var intensive = new[] { FullRecords.IntensiveCase("QI01"), FullRecords.SparseIntensiveCase("QI02") };
        using var buffer = new MemoryStream();
        CaseWorkbook.WriteIntensive(buffer, intensive);

        using var first = await analyst.ConfirmAsync(await analyst.CheckedAsync(UploadFiles.Workbook(notifications), "full.xlsx"));
        using var second = await analyst.ConfirmAsync(await analyst.CheckedAsync(buffer.ToArray(), "intensive.xlsx", kind: "intensive"));

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        var store = Site.App.Services.GetRequiredService<CaseStore>();
        foreach (var n in notifications)
        {
            NotificationCoding.Write((await new NotificationRepository(store).FindAsync(n.CaseId))!).ShouldBe(AsXmlReadsIt(NotificationCoding.Write(n)));
        }

        foreach (var c in intensive)
        {
            IntensiveCoding.Write((await new IntensiveCaseRepository(store).FindAsync(c.CaseId))!).ShouldBe(AsXmlReadsIt(IntensiveCoding.Write(c)));
        }
    }
}
