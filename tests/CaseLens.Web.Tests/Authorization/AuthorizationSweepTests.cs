using System.Net;
using CaseLens.Application.Tests.Databases;
using CaseLens.Domain.Access;
using CaseLens.Storage;
using CaseLens.TestKit.Databases;
using CaseLens.Web.Tests.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseLens.Web.Tests.Authorization;

public sealed class AuthorizationSweepTests(FreshDatabases databases) : IClassFixture<FreshDatabases>
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Every_route_answers_each_visitor_as_expected(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        await TestCases.AddToAsync(site);
        var patterns = Routes(site.App);
        var unexpected = new List<string>();

        foreach (var visitor in Visitor.All)
        {
            using var client = site.Client();
            if (visitor.AccountName is { } name)
            {
                await client.SignedInAsAsync(name);
            }

            foreach (var pattern in patterns.Where(RouteExpectations.ByPattern.ContainsKey))
            {
                var path = RouteExpectations.Sample(pattern, site.IdOf);
                using var response = await client.GetAsync(path);
                var actual = OutcomeOf(response);
                var expected = RouteExpectations.ByPattern[pattern](visitor);
                if (actual != expected)
                {
                    unexpected.Add($"{visitor} GET {path}: {actual} ({(int)response.StatusCode}), expected {expected}");
                }
            }
        }

        patterns.Where(p => !RouteExpectations.ByPattern.ContainsKey(p)).ShouldBeEmpty("routes without an expectation in RouteExpectations");
        RouteExpectations.ByPattern.Keys.Except(patterns).ShouldBeEmpty("expectations for routes that no longer exist");
        unexpected.ShouldBeEmpty();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Another_boards_case_is_not_found_by_guessing_its_id_and_a_reader_gets_no_case_at_all(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        await TestCases.AddToAsync(site);
        var casePaths = new[] { "", "/edit", "/audit" };

        foreach (var visitor in Visitor.All.Where(v => v.Role is not null))
        {
            using var client = site.Client();
            await client.SignedInAsAsync(visitor.AccountName!);
            var seesOtherBoard = visitor.National && visitor.Role != Role.Reader;
            foreach (var suffix in casePaths)
            {
                using var response = await client.GetAsync($"/cases/{TestCases.OtherBoard}{suffix}");
                response.StatusCode.ShouldBe(seesOtherBoard ? HttpStatusCode.OK : HttpStatusCode.NotFound, $"{visitor} {suffix}");
                using var unknown = await client.GetAsync($"/cases/Z9999{suffix}");
                unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{visitor} unknown {suffix}");
            }

            var list = await client.GetAsync("/cases?q=" + TestCases.OtherWord);
            if (visitor.Role == Role.Reader)
            {
                list.StatusCode.ShouldBe(HttpStatusCode.NotFound);
                continue;
            }

            var page = await list.Content.ReadAsStringAsync();
            page.Contains(TestCases.OtherBoard, StringComparison.Ordinal).ShouldBe(visitor.National, visitor.ToString());

            // Saving over another board's case by its id is refused as if it did not exist.
            var token = SiteClient.TokenIn(await client.GetPageAsync("/cases"));
            using var save = await client.PostAsync($"/cases/{TestCases.OtherBoard}/edit",
                ("version", "x"), ("incident_date", "2007-01-09"), ("scr_status", "yes"), ("incident_type", "death"), ("board", TestCases.OtherBoardName), ("__RequestVerificationToken", token));
            save.StatusCode.ShouldBe(visitor.National ? HttpStatusCode.Conflict : HttpStatusCode.NotFound, visitor.ToString());
        }

        var store = site.App.Services.GetRequiredService<CaseStore>();
        (await store.FindNotificationAsync(TestCases.OtherBoard))!.IncidentType.ShouldBe(Domain.Notifications.IncidentType.SeriousInjury);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_audit_export_is_for_administrators_with_a_national_scope(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        await TestCases.AddToAsync(site);

        foreach (var visitor in Visitor.All.Where(v => v.Role is not null))
        {
            using var client = site.Client();
            await client.SignedInAsAsync(visitor.AccountName!);
            using var export = await client.GetAsync("/admin/audit?handler=export");
            var allowed = visitor.Role == Role.Administrator && visitor.National;
            export.StatusCode.ShouldBe(allowed ? HttpStatusCode.OK : HttpStatusCode.NotFound, visitor.ToString());
            if (allowed)
            {
                var csv = await export.Content.ReadAsStringAsync();
                csv.ShouldStartWith("id,at,actor,action,entity,case_id,before,after,details\r\n");
                csv.ShouldContain(",import,notification,");
            }
        }
    }

    [Fact]
    public async Task A_route_without_an_expectation_is_found_by_enumerating_the_endpoints()
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(DatabaseProvider.Sqlite), addAccounts: false);

        var patterns = Routes(site.App);

        // Every page of the application is among the endpoints, so the sweep cannot miss one that is.
        patterns.ShouldContain("/cases/{case_id}");
        patterns.ShouldContain("/admin/users/{id}");
        patterns.Count.ShouldBe(RouteExpectations.ByPattern.Count);
    }

    /// <summary>Every route pattern the application answers, from its endpoints (not listed by hand).</summary>
    private static List<string> Routes(WebApplication app) =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? string.Empty).Trim('/'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    private static Outcome? OutcomeOf(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.OK => Outcome.Page,
        HttpStatusCode.NotFound => Outcome.NotFound,
        HttpStatusCode.Redirect when response.Headers.Location is { } location
            && new Uri(new Uri("https://localhost/"), location).AbsolutePath == "/signin" => Outcome.SignIn,
        _ => null,
    };
}
