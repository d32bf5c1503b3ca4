using System.Net;
using System.Text.RegularExpressions;
using CaseLens.Application.Tests.Databases;
using CaseLens.Storage;
using CaseLens.Storage.Auditing;
using CaseLens.TestKit.Databases;
using CaseLens.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CaseLens.Web.Tests.Cases;

/// <summary>The case list, the case page and the edit form over HTTP, on both databases.</summary>
public sealed partial class CaseEditingTests(FreshDatabases databases) : IClassFixture<FreshDatabases>
{
    private static (string Name, string Value)[] Form(string version, params (string Name, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["version"] = version,
            ["incident_date"] = "2006-06-01",
            ["region"] = "london",
            ["board"] = TestAccounts.Board,
            ["scr_status"] = "yes",
            ["age_months"] = "7",
            ["gender"] = "female",
            ["incident_type"] = "death",
            ["death_category"] = "C",
            ["case_outline"] = $"A fall from a {TestCases.InScopeWord} in the garden.",
        };
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        return [.. fields.Select(f => (f.Key, f.Value))];
    }

    private static string VersionIn(string html) => Version().Match(html).Groups[1].Value;

    private static async Task<HttpResponseMessage> SaveAsync(SiteClient client, string version, params (string Name, string Value)[] changes)
    {
        var path = $"/cases/{TestCases.InScope}/edit";
        var token = SiteClient.TokenIn(await client.GetPageAsync(path));
        return await client.PostAsync(path, [.. Form(version, changes), ("__RequestVerificationToken", token)]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_list_finds_a_case_by_filters_and_by_a_word_of_its_outline_within_the_scope(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        await TestCases.AddToAsync(site);
        using var client = site.Client();
        await client.SignedInAsAsync("analyst-national");

        var byWord = await client.GetPageAsync("/cases?q=" + TestCases.InScopeWord);
        var byFilters = await client.GetPageAsync("/cases?study_year=2006-07&gender=female&age_group=under_1&death_category=C&region=london&incident_type=death&scr_status=yes");
        var byOtherFilters = await client.GetPageAsync("/cases?gender=male");

        byWord.ShouldContain($">{TestCases.InScope}</a>");
        byWord.ShouldNotContain($">{TestCases.OtherBoard}</a>");
        byWord.ShouldContain("1 case found");
        byWord.ShouldContain("q = " + TestCases.InScopeWord);
        byFilters.ShouldContain($">{TestCases.InScope}</a>");
        byFilters.ShouldNotContain($">{TestCases.OtherBoard}</a>");
        byOtherFilters.ShouldContain($">{TestCases.OtherBoard}</a>");
        byOtherFilters.ShouldNotContain($">{TestCases.InScope}</a>");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_unreadable_filter_is_refused_beside_its_field(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        using var client = site.Client();
        await client.SignedInAsAsync("analyst-national");

        using var response = await client.GetAsync("/cases?study_year=sometime");

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).ShouldContain("id=\"study_year-error\"");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_edit_is_saved_audited_field_by_field_and_the_view_is_audited_too(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        await TestCases.AddToAsync(site);
        using var client = site.Client();
        await client.SignedInAsAsync("analyst-board");
        var version = VersionIn(await client.GetPageAsync($"/cases/{TestCases.InScope}/edit"));

        using var saved = await SaveAsync(client, version, ("age_months", "9"), ("gender", "male"), ("case_outline", "A fall down the stairs."));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        saved.Headers.Location!.OriginalString.ShouldBe($"/cases/{TestCases.InScope}?saved=1");
        var page = await client.GetPageAsync($"/cases/{TestCases.InScope}");
        page.ShouldContain("A fall down the stairs.");
        var audit = await client.GetPageAsync($"/cases/{TestCases.InScope}/audit");
        audit.ShouldContain("<strong>Age months</strong>: 7 → 9");
        audit.ShouldContain("<strong>Gender</strong>: Female → Male", customMessage: "codes are shown by their labels, as on the case page");
        audit.ShouldContain("analyst-board");
        var entries = await site.App.Services.GetRequiredService<CaseStore>().ListAuditEntriesAsync(TestCases.InScope);
        entries.ShouldContain(e => e.Action == AuditAction.Update && e.Actor == "analyst-board");
        entries.ShouldContain(e => e.Action == AuditAction.View && e.Actor == "analyst-board");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_invalid_edit_is_refused_with_each_problem_beside_its_field_including_a_cross_field_one(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        await TestCases.AddToAsync(site);
        using var client = site.Client();
        await client.SignedInAsAsync("analyst-national");
        var version = VersionIn(await client.GetPageAsync($"/cases/{TestCases.InScope}/edit"));

        using var refused = await SaveAsync(client, version, ("incident_type", "serious_injury"), ("age_months", "twelve"));

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"death_category-error\"");
        html.ShouldContain("id=\"age_months-error\"");
        html.ShouldContain("aria-describedby=\"age_months-hint age_months-error\"");
        (await site.App.Services.GetRequiredService<CaseStore>().FindNotificationAsync(TestCases.InScope))!.AgeMonths.ShouldBe(7);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_second_save_of_a_stale_version_is_refused_with_both_versions_and_nothing_is_lost(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        await TestCases.AddToAsync(site);
        using var first = site.Client();
        using var second = site.Client();
        await first.SignedInAsAsync("analyst-national");
        await second.SignedInAsAsync("admin-board");
        var version = VersionIn(await first.GetPageAsync($"/cases/{TestCases.InScope}/edit"));
        VersionIn(await second.GetPageAsync($"/cases/{TestCases.InScope}/edit")).ShouldBe(version);

        using var firstSave = await SaveAsync(first, version, ("age_months", "9"));
        using var secondSave = await SaveAsync(second, version, ("age_months", "10"));

        firstSave.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        secondSave.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var conflict = await secondSave.Content.ReadAsStringAsync();
        conflict.ShouldContain("<tr><th scope=\"row\">Age months</th><td>10</td><td>9</td></tr>");
        conflict.ShouldContain("id=\"age_months\" name=\"age_months\" value=\"10\"");
        var store = site.App.Services.GetRequiredService<CaseStore>();
        (await store.FindNotificationAsync(TestCases.InScope))!.AgeMonths.ShouldBe(9);

        // Saving again from the conflict view replaces the version it showed.
        using var resolved = await SaveAsync(second, VersionIn(conflict), ("age_months", "10"));
        resolved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await store.FindNotificationAsync(TestCases.InScope))!.AgeMonths.ShouldBe(10);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_board_analyst_cannot_move_a_case_out_of_their_scope(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        await TestCases.AddToAsync(site);
        using var client = site.Client();
        await client.SignedInAsAsync("analyst-board");
        var version = VersionIn(await client.GetPageAsync($"/cases/{TestCases.InScope}/edit"));

        using var refused = await SaveAsync(client, version, ("board", TestCases.OtherBoardName));

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("id=\"board-error\"");
        (await site.App.Services.GetRequiredService<CaseStore>().FindNotificationAsync(TestCases.InScope))!.Board.ShouldBe(TestAccounts.Board);
    }

    [GeneratedRegex("name=\"version\" value=\"([0-9a-f]+)\"")]
    private static partial Regex Version();
}
