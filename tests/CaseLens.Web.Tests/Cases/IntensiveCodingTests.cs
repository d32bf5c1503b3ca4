using System.Net;
using System.Text.RegularExpressions;
using CaseLens.Application.Tests.Databases;
using CaseLens.Domain.Intensive;
using CaseLens.Storage;
using CaseLens.Storage.Auditing;
using CaseLens.TestKit.Databases;
using CaseLens.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CaseLens.Web.Tests.Cases;

/// <summary>Coding an intensive case in the browser over HTTP: its health markers and its place on the threshold map, on both databases.</summary>
public sealed partial class IntensiveCodingTests(FreshDatabases databases) : IClassFixture<FreshDatabases>
{
    private const string Edit = $"/intensive/{TestCases.InScope}/edit";
    private const string Map = $"/intensive/{TestCases.InScope}/map";

    private static async Task<HttpResponseMessage> PostAsync(SiteClient client, string path, params (string Name, string Value)[] fields)
    {
        var page = await client.GetPageAsync(path);
        var version = Version().Match(page).Groups[1].Value;
        return await client.PostAsync(path, [("version", version), .. fields, ("__RequestVerificationToken", SiteClient.TokenIn(page))]);
    }

    // The stored case's own fields, which a post of the edit form must carry as the form would.
    private static readonly (string, string)[] Stored = [("incident_type", "death"), ("age_months", "7"), ("household_children", "2")];

    [Theory, OnSqlite, OnPostgres]
    public async Task Health_markers_are_saved_no_information_apart_from_not_yet_coded_and_audited(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        await TestCases.AddToAsync(site);
        using var client = site.Client();
        await client.SignedInAsAsync("analyst-national");

        var form = await client.GetPageAsync(Edit);
        using var saved = await PostAsync(client, Edit, [.. Stored, ("school_nurse", "no_information"), ("mother_primary_care_history", "yes"), ("urgent_care", "ambulance"), ("urgent_care", "nhs_direct")]);

        form.ShouldContain("Health markers: the parents");
        form.ShouldContain("<option value=\"\">Not yet coded</option>");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var store = site.App.Services.GetRequiredService<CaseStore>();
        var stored = (await store.FindIntensiveCaseAsync(TestCases.InScope))!;
        stored.SchoolNurse.ShouldBe(ServiceContact.NoInformation);
        stored.Salt.ShouldBeNull();
        stored.MotherPrimaryCareHistory.ShouldBe(ParentServiceUse.Yes);
        stored.UrgentCare.Values.ShouldBe([UrgentCareService.NhsDirect, UrgentCareService.Ambulance]);
        var update = (await store.ListAuditEntriesAsync(TestCases.InScope)).Where(e => e.Action == AuditAction.Update).ShouldHaveSingleItem();
        update.Entity.ShouldBe(AuditedEntity.IntensiveCase);
        update.Actor.ShouldBe("analyst-national");
        update.Before!.ShouldContain("\"school_nurse\":null");
        update.After!.ShouldContain("\"school_nurse\":\"no_information\"");
        (await client.GetPageAsync($"/intensive/{TestCases.InScope}")).ShouldContain("No information");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_broken_rule_is_shown_beside_its_field_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        await TestCases.AddToAsync(site);
        using var client = site.Client();
        await client.SignedInAsAsync("analyst-national");

        using var refused = await PostAsync(client, Edit, [.. Stored, ("hv_contact_other_child", "no_other_child"), ("health_needs", "none"), ("health_needs", "disability")]);

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"hv_contact_other_child-error\"");
        html.ShouldContain("id=\"health_needs-error\"");
        html.ShouldContain("aria-describedby=\"hv_contact_other_child-hint hv_contact_other_child-error\"");
        var store = site.App.Services.GetRequiredService<CaseStore>();
        (await store.FindIntensiveCaseAsync(TestCases.InScope))!.HvContactOtherChild.ShouldBeNull();
        (await store.ListAuditEntriesAsync(TestCases.InScope)).ShouldNotContain(e => e.Action == AuditAction.Update);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_place_on_the_threshold_map_is_chosen_on_the_map_and_audited(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        await TestCases.AddToAsync(site);
        using var client = site.Client();
        await client.SignedInAsAsync("analyst-national");

        var map = await client.GetPageAsync(Map);
        using var saved = await PostAsync(client, Map, ("place", "3-2"));
        using var refused = await PostAsync(client, Map, ("place", "9-2"));

        map.ShouldContain("type=\"radio\" id=\"place-4-1\" name=\"place\" value=\"4-1\"");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("id=\"place-error\"");
        var store = site.App.Services.GetRequiredService<CaseStore>();
        var stored = (await store.FindIntensiveCaseAsync(TestCases.InScope))!;
        stored.InterventionLevel.ShouldBe(InterventionLevel.ComplexNeeds);
        stored.Cooperation.ShouldBe(Cooperation.Low);
        (await store.ListAuditEntriesAsync(TestCases.InScope)).ShouldContain(e => e.Action == AuditAction.Update && e.Entity == AuditedEntity.IntensiveCase && e.After!.Contains("\"intervention_level\":\"3\""));
        (await client.GetPageAsync($"/intensive/{TestCases.InScope}")).ShouldContain("Threshold map: Level 3: complex needs / children in need; co-operation 2: low co-operation");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_board_scope_gets_404_for_every_intensive_page_and_save(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        await TestCases.AddToAsync(site);
        using var client = site.Client();
        await client.SignedInAsAsync("analyst-board");
        var ownToken = SiteClient.TokenIn(await client.GetPageAsync("/account/security"));

        foreach (var path in new[] { "/intensive", $"/intensive/{TestCases.InScope}", Edit, Map })
        {
            using var response = await client.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
        }

        using var save = await client.PostAsync(Map, ("version", "x"), ("place", "1-1"), ("__RequestVerificationToken", ownToken));
        save.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await site.App.Services.GetRequiredService<CaseStore>().FindIntensiveCaseAsync(TestCases.InScope))!.InterventionLevel.ShouldBeNull();
    }

    [GeneratedRegex("name=\"version\" value=\"([0-9a-f]+)\"")]
    private static partial Regex Version();
}
