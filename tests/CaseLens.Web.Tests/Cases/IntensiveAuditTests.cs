using System.Net;
using System.Text.RegularExpressions;
using CaseLens.Application.Tests.Databases;
using CaseLens.Storage;
using CaseLens.TestKit.Databases;
using CaseLens.Web.Tests.Hosting;

namespace CaseLens.Web.Tests.Cases;

/// <summary><c>/intensive/{case_id}/audit</c>: an intensive case's audit trail, national scope only, on both databases.</summary>
public sealed partial class IntensiveAuditTests(FreshDatabases databases) : IClassFixture<FreshDatabases>
{
    private const string Here = $"/intensive/{TestCases.InScope}";
    private const string Audit = Here + "/audit";

    private static async Task<HttpResponseMessage> SaveAsync(SiteClient client, string path, params (string Name, string Value)[] fields)
    {
        var page = await client.GetPageAsync(path);
        var version = Version().Match(page).Groups[1].Value;
        return await client.PostAsync(path, [("version", version), .. fields, ("__RequestVerificationToken", SiteClient.TokenIn(page))]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_health_marker_edit_and_a_summary_save_are_listed_with_who_when_which_field_before_and_after(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        await TestCases.AddToAsync(site);
        using var client = site.Client();
        await client.SignedInAsAsync("analyst-national");

        using var marked = await SaveAsync(client, Here + "/edit",
            ("incident_type", "death"), ("age_months", "7"), ("household_children", "2"), ("school_nurse", "no_information"));
        using var summarised = await SaveAsync(client, Here + "/summary",
            ("chronology_rows", "3"), ("quote_rows", "3"), ("key_features", "Hostile to the health visitor."), ("chronology_1_date", "2005-03-02"), ("chronology_1_agency", "GP"), ("chronology_1_event", "Visit"));
        var trail = await client.GetPageAsync(Audit);

        marked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        summarised.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var rows = Row().Matches(trail).Select(m => (When: m.Groups[1].Value, Who: m.Groups[2].Value, What: m.Groups[3].Value, Fields: m.Groups[4].Value)).ToList();
        var summary = rows.Where(r => r.Fields.Contains("Key features", StringComparison.Ordinal)).ShouldHaveSingleItem();
        summary.Who.ShouldBe("analyst-national");
        summary.When.ShouldMatch(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$");
        summary.Fields.ShouldContain("<strong>Key features of the case, including patterns of family co-operation</strong>: (empty) → Hostile to the health visitor.");
        summary.Fields.ShouldContain("<strong>Chronology entry 1: agency</strong>: (empty) → GP", customMessage: "a chronology field is named as the conflict view names it");
        var markers = rows.Where(r => r.Fields.Contains("School nurse", StringComparison.Ordinal)).ShouldHaveSingleItem();
        markers.Who.ShouldBe("analyst-national");
        markers.When.ShouldMatch(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$");
        markers.Fields.ShouldContain("<strong>School nurse</strong>: Not yet coded → No information", customMessage: "a code is shown by its label, an empty marker as not yet coded");
        rows.IndexOf(summary).ShouldBeLessThan(rows.IndexOf(markers), "newest first");
        rows.ShouldContain(r => string.IsNullOrWhiteSpace(r.Fields), "the views are listed too");
        summary.What.ShouldEndWith("(summary, chronology and quotes)");
        markers.What.ShouldNotContain("summary");
        var views = rows.Where(r => string.IsNullOrWhiteSpace(r.Fields)).Select(r => r.What).ToList();
        views.ShouldContain(w => w.EndsWith("(summary, chronology and quotes)", StringComparison.Ordinal), "a view of the summary says so");
        views.ShouldContain(w => !w.Contains("summary", StringComparison.Ordinal), "a view of the coding form is told apart from one of the summary");
        (await client.GetPageAsync(Here)).ShouldContain($"href=\"{Audit}\"");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_board_scoped_analyst_a_reader_and_an_unknown_id_get_404(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        await TestCases.AddToAsync(site);

        foreach (var (username, path) in new[] { ("analyst-board", Audit), ("reader-national", Audit), ("reader-board", Audit), ("admin-national", "/intensive/NO-SUCH-CASE/audit") })
        {
            using var client = site.Client();
            await client.SignedInAsAsync(username);
            using var response = await client.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{username} {path}");
        }
    }

    [GeneratedRegex("name=\"version\" value=\"([0-9a-f]+)\"")]
    private static partial Regex Version();

    [GeneratedRegex(@"<tr>\s*<td>([^<]*)</td>\s*<td>([^<]*)</td>\s*<td>([^<]*)</td>\s*<td>(.*?)</td>\s*</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();
}
