using System.Net;
using CaseLens.Application.Tests.Databases;
using CaseLens.Storage;
using CaseLens.TestKit.Databases;
using CaseLens.Web.Tests.Hosting;

namespace CaseLens.Web.Tests.Cases;

/// <summary>Report downloads: every format, the scope and the filters, and a reader's suppression floor kept by the server.</summary>
public sealed class ReportDownloadTests(FreshDatabases databases) : IClassFixture<FreshDatabases>
{
    [Theory, OnSqlite, OnPostgres]
    public async Task A_reader_asking_for_less_suppression_still_gets_six_while_an_analyst_gets_what_is_asked(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        await TestCases.AddToAsync(site);
        using var reader = site.Client();
        using var analyst = site.Client();
        await reader.SignedInAsAsync("reader-national");
        await analyst.SignedInAsAsync("analyst-national");

        var readers = await reader.GetPageAsync("/reports?handler=download&format=json&suppress_below=1");
        var analysts = await analyst.GetPageAsync("/reports?handler=download&format=json");
        var asked = await analyst.GetPageAsync("/reports?handler=download&format=json&suppress_below=3");

        readers.ShouldContain("\"suppress_below\": \"6\"");
        analysts.ShouldNotContain("suppress_below");
        asked.ShouldContain("\"suppress_below\": \"3\"");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Every_format_downloads_with_its_media_type(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        await TestCases.AddToAsync(site);
        using var client = site.Client();
        await client.SignedInAsAsync("reader-board");

        foreach (var (format, type) in new[] { ("docx", "wordprocessingml"), ("xlsx", "spreadsheetml"), ("html", "text/html"), ("csv", "text/csv"), ("json", "application/json") })
        {
            using var response = await client.GetAsync($"/reports?handler=download&format={format}&study_year=2006-07");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, format);
            response.Content.Headers.ContentType!.ToString().ShouldContain(type);
            response.Content.Headers.ContentDisposition!.FileName!.ShouldContain("caselens-report." + format);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Another_boards_report_and_an_unknown_format_are_refused_beside_their_fields(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        await TestCases.AddToAsync(site);
        using var client = site.Client();
        await client.SignedInAsAsync("reader-board");

        using var otherBoard = await client.GetAsync("/reports?handler=download&format=json&board=" + Uri.EscapeDataString(TestCases.OtherBoardName));
        using var unknownFormat = await client.GetAsync("/reports?handler=download&format=pdf");

        otherBoard.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await otherBoard.Content.ReadAsStringAsync()).ShouldContain("id=\"board-error\"");
        unknownFormat.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await unknownFormat.Content.ReadAsStringAsync()).ShouldContain("id=\"format-error\"");
    }
}
