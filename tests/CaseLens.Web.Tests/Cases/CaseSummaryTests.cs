using System.Net;
using System.Text.RegularExpressions;
using CaseLens.Application.Tests.Databases;
using CaseLens.Domain.CaseSummaries;
using CaseLens.Storage;
using CaseLens.Storage.Auditing;
using CaseLens.Storage.Summaries;
using CaseLens.TestKit.Databases;
using CaseLens.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CaseLens.Web.Tests.Cases;

/// <summary>An intensive case's summary, chronology and quotes edited in the browser over HTTP, on both databases.</summary>
public sealed partial class CaseSummaryTests(FreshDatabases databases) : IClassFixture<FreshDatabases>
{
    private const string Page = $"/intensive/{TestCases.InScope}/summary";

    private static async Task<HttpResponseMessage> SaveAsync(SiteClient client, params (string Name, string Value)[] fields)
    {
        var page = await client.GetPageAsync(Page);
        var version = Version().Match(page).Groups[1].Value;
        return await client.PostAsync(Page, [("version", version), ("chronology_rows", "3"), ("quote_rows", "3"), .. fields, ("__RequestVerificationToken", SiteClient.TokenIn(page))]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Sections_chronology_and_quotes_are_stored_and_every_change_audited_by_field(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        await TestCases.AddToAsync(site);
        using var client = site.Client();
        await client.SignedInAsAsync("analyst-national");

        using var first = await SaveAsync(client,
            ("key_features", "Hostile to the health visitor."), ("hypothesis", "Isolation"),
            ("chronology_1_date", "2005-03-02"), ("chronology_1_agency", "GP"), ("chronology_1_event", "Missed appointment"),
            ("quote_1_text", "Nobody saw the child."), ("quote_1_source", "Overview report, p. 12"));
        using var second = await SaveAsync(client, ("key_features", "Hostile to every agency."), ("hypothesis", "Isolation"),
            ("chronology_1_date", "2005-03-02"), ("chronology_1_agency", "GP"), ("chronology_1_event", "Missed appointment"),
            ("quote_1_text", "Nobody saw the child."), ("quote_1_source", "Overview report, p. 12"));

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var summary = await StoredAsync(site);
        summary.Text(SummarySection.KeyFeatures).ShouldBe("Hostile to every agency.");
        summary.Chronology.ShouldBe([new ChronologyEntry(new DateOnly(2005, 3, 2), "GP", "Missed appointment")]);
        summary.Quotes.ShouldBe([new UsefulQuote("Nobody saw the child.", "Overview report, p. 12")]);
        var updates = (await site.App.Services.GetRequiredService<CaseStore>().ListAuditEntriesAsync(TestCases.InScope))
            .Where(e => e.Entity == AuditedEntity.CaseSummary && e.Action == AuditAction.Update).OrderBy(e => e.Id).ToList();
        updates.Count.ShouldBe(2);
        updates[0].Before!.ShouldContain("\"key_features\":null");
        updates[1].Actor.ShouldBe("analyst-national");
        updates[1].Before!.ShouldContain("\"key_features\":\"Hostile to the health visitor.\"");
        updates[1].After!.ShouldContain("\"key_features\":\"Hostile to every agency.\"");
        (await client.GetPageAsync(Page)).ShouldContain("Hostile to every agency.");
        using var docx = await client.GetAsync(Page + "?handler=docx");
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        docx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        (await docx.Content.ReadAsByteArrayAsync()).Take(2).ShouldBe("PK"u8.ToArray());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_health_marker_detail_is_shown_again_audited_with_before_and_after_and_in_the_Word_document(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        await TestCases.AddToAsync(site);
        using var client = site.Client();
        await client.SignedInAsAsync("analyst-national");

        using var first = await SaveAsync(client, ("hv_contact_child_frequency", "Fortnightly visits."));
        using var second = await SaveAsync(client, ("hv_contact_child_frequency", "Weekly visits, then none."), ("admissions_recent_details", "2004-06: fractured arm."));

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stored = await StoredAsync(site);
        stored.Text(SummarySection.HvContactChildFrequency).ShouldBe("Weekly visits, then none.");
        stored.Text(SummarySection.AdmissionsRecentDetails).ShouldBe("2004-06: fractured arm.");
        var page = await client.GetPageAsync(Page);
        page.ShouldContain("<h2 id=\"part-health_marker_details\">Health markers: details</h2>");
        page.ShouldContain("Weekly visits, then none.");
        var updates = (await site.App.Services.GetRequiredService<CaseStore>().ListAuditEntriesAsync(TestCases.InScope))
            .Where(e => e.Entity == AuditedEntity.CaseSummary && e.Action == AuditAction.Update).OrderBy(e => e.Id).ToList();
        updates.Count.ShouldBe(2);
        updates[1].Before!.ShouldContain("\"hv_contact_child_frequency\":\"Fortnightly visits.\"");
        updates[1].After!.ShouldContain("\"hv_contact_child_frequency\":\"Weekly visits, then none.\"");
        updates[1].Before!.ShouldContain("\"admissions_recent_details\":null");
        updates[1].After!.ShouldContain("\"admissions_recent_details\":\"2004-06: fractured arm.\"");
        using var docx = await client.GetAsync(Page + "?handler=docx");
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        text.ShouldContain("Health markers: details");
        text.ShouldContain("Weekly visits, then none.");
        text.ShouldContain("2004-06: fractured arm.");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_incomplete_entry_is_refused_beside_its_field_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        await TestCases.AddToAsync(site);
        using var client = site.Client();
        await client.SignedInAsAsync("analyst-national");

        using var refused = await SaveAsync(client, ("key_features", "Kept?"), ("chronology_2_date", "2005-13-40"), ("chronology_2_event", "Visit"), ("quote_1_text", "Words"));

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"chronology_2_date-error\"");
        html.ShouldContain("id=\"chronology_2_agency-error\"");
        html.ShouldContain("id=\"quote_1_source-error\"");
        html.ShouldContain("Kept?");
        (await StoredAsync(site)).Sections.ShouldBeEmpty();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_save_over_one_made_meanwhile_is_refused_showing_both_versions_of_each_differing_field_and_keeping_what_was_typed(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        await TestCases.AddToAsync(site);
        using var client = site.Client();
        await client.SignedInAsAsync("analyst-national");
        var opened = await client.GetPageAsync(Page);

        using var theirs = await SaveAsync(client, ("key_features", "Theirs."), ("hypothesis", "Agreed"),
            ("chronology_1_date", "2005-03-02"), ("chronology_1_agency", "GP"), ("chronology_1_event", "Visit"));
        using var refused = await client.PostAsync(Page, [("version", Version().Match(opened).Groups[1].Value), ("chronology_rows", "3"), ("quote_rows", "3"),
            ("key_features", "Mine,\r\nover two lines."), ("hypothesis", "Agreed"), ("quote_1_text", "Nobody saw the child."), ("quote_1_source", "Overview report"),
            ("__RequestVerificationToken", SiteClient.TokenIn(opened))]);

        theirs.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("Someone else saved this summary after you opened it");
        Differences(html).ShouldBe(
        [
            ("Key features of the case, including patterns of family co-operation", "Mine,\nover two lines.", "Theirs."),
            ("Chronology entry 1: date", "(empty)", "2005-03-02"),
            ("Chronology entry 1: agency", "(empty)", "GP"),
            ("Chronology entry 1: event", "(empty)", "Visit"),
            ("Quote 1: text", "Nobody saw the child.", "(empty)"),
            ("Quote 1: source", "Overview report", "(empty)"),
        ]);
        // What was typed is still in the form.
        Decoded(html).ShouldContain("over two lines.</textarea>");
        html.ShouldContain("value=\"Overview report\"");
        (await StoredAsync(site)).Text(SummarySection.KeyFeatures).ShouldBe("Theirs.");
    }

    // The conflict view's rows: field, your version, the version saved meanwhile.
    private static List<(string, string, string)> Differences(string html) =>
        [.. ConflictRow().Matches(html).Select(m => (Decoded(m.Groups[1].Value), Decoded(m.Groups[2].Value), Decoded(m.Groups[3].Value)))];

    private static string Decoded(string html) => System.Net.WebUtility.HtmlDecode(html);

    [Theory, OnSqlite, OnPostgres]
    public async Task A_board_scope_gets_404_for_the_summary_and_its_save(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        await TestCases.AddToAsync(site);
        using var client = site.Client();
        await client.SignedInAsAsync("analyst-board");
        var token = SiteClient.TokenIn(await client.GetPageAsync("/account/security"));

        using var page = await client.GetAsync(Page);
        using var docx = await client.GetAsync(Page + "?handler=docx");
        using var save = await client.PostAsync(Page, ("version", "x"), ("key_features", "Probe"), ("__RequestVerificationToken", token));
        using var detail = await client.PostAsync(Page, ("version", "x"), ("hv_contact_child_frequency", "Probe"), ("__RequestVerificationToken", token));

        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        docx.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        save.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        detail.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await StoredAsync(site)).Sections.ShouldBeEmpty();
    }

    private static Task<CaseSummary> StoredAsync(TestSite site) =>
        new CaseSummaryRepository(site.App.Services.GetRequiredService<CaseStore>()).FindAsync(TestCases.InScope);

    [GeneratedRegex("name=\"version\" value=\"([0-9a-f]+)\"")]
    private static partial Regex Version();

    [GeneratedRegex("<tr><th scope=\"row\">([^<]*)</th><td>([^<]*)</td><td>([^<]*)</td></tr>")]
    private static partial Regex ConflictRow();
}
