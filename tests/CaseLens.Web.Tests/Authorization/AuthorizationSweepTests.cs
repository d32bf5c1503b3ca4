using System.Net;
using CaseLens.Application.Tests.Databases;
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
