using System.Net;
using System.Text.RegularExpressions;
using CaseLens.Application.Accounts;
using CaseLens.Storage;
using Microsoft.Extensions.DependencyInjection;
using CaseLens.Web.Tests.Authorization;
using CaseLens.Web.Tests.Hosting;

namespace CaseLens.Web.Tests.Security;

public sealed partial class AntiforgeryTests(SiteFixture fixture) : IClassFixture<SiteFixture>
{
    private TestSite Site => fixture.Site;

    [Fact]
    public async Task Every_form_on_every_page_carries_the_antiforgery_token()
    {
        var forms = new List<(string Page, string Form)>();
        using (var anonymous = Site.Client())
        {
            forms.AddRange(Forms("/signin", await anonymous.GetPageAsync("/signin")));
        }

        using var admin = Site.Client();
        await admin.SignedInAsAsync("admin-national");
        var administrator = new Visitor(Domain.Access.Role.Administrator, National: true);
        foreach (var (pattern, expect) in RouteExpectations.ByPattern)
        {
            if (expect(administrator) == Outcome.Page)
            {
                var path = RouteExpectations.Sample(pattern, Site.IdOf);
                forms.AddRange(Forms(path, await admin.GetPageAsync(path)));
            }
        }

        // Only the filter forms of the case list, the dashboard and the reports are GETs: they change nothing and
        // keep their filters in the URL. Every other form posts, with the token.
        var filters = forms.Where(f => f.Form.StartsWith("<form method=\"get\" action=\"/cases\"", StringComparison.Ordinal)
            || f.Form.StartsWith("<form method=\"get\" action=\"/\"", StringComparison.Ordinal)
            || f.Form.StartsWith("<form method=\"get\" action=\"/reports\"", StringComparison.Ordinal)).ToList();
        filters.Select(f => f.Page).ShouldBe(["/", "/cases", "/reports"], ignoreOrder: true);
        filters.ShouldAllBe(f => !f.Form.Contains("name=\"__RequestVerificationToken\"", StringComparison.Ordinal), "a GET form would put the token in the URL");
        var posted = forms.Except(filters).ToList();
        posted.Count.ShouldBeGreaterThan(10);
        posted.Where(f => !f.Form.Contains("name=\"__RequestVerificationToken\"", StringComparison.Ordinal))
            .Select(f => f.Page).ShouldBeEmpty("pages with a form that has no antiforgery token");
        posted.Where(f => !f.Form.StartsWith("<form method=\"post\"", StringComparison.Ordinal))
            .Select(f => f.Page).ShouldBeEmpty("every other form posts");
    }

    [Fact]
    public async Task Signing_in_without_the_token_is_refused()
    {
        using var client = Site.Client();

        using var refused = await client.PostAsync("/signin", ("username", "admin-national"), ("password", TestAccounts.Password));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var after = await client.GetAsync("/");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Adding_a_user_without_the_token_is_refused_and_adds_nobody()
    {
        using var admin = Site.Client();
        await admin.SignedInAsAsync("admin-national");

        using var refused = await admin.PostAsync("/admin/users/add", ("name", "mallory"), ("Access.Role", "administrator"), ("password", "a long enough passphrase"));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Site.UseAsync<ListAccounts, IReadOnlyList<AccountSummary>>(l => l.ListAsync())).ShouldNotContain(a => a.Name == "mallory");
    }

    [Fact]
    public async Task Saving_a_case_without_the_token_is_refused_and_changes_nothing()
    {
        using var analyst = Site.Client();
        await analyst.SignedInAsAsync("analyst-national");

        using var refused = await analyst.PostAsync($"/cases/{TestCases.InScope}/edit", ("version", "x"), ("incident_date", "2001-01-01"), ("scr_status", "no"));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var store = Site.App.Services.GetRequiredService<CaseStore>();
        (await store.FindNotificationAsync(TestCases.InScope))!.IncidentDate.ShouldBe(TestCases.All[0].IncidentDate);
    }

    [Fact]
    public async Task Locking_without_the_token_is_refused_and_locks_nobody()
    {
        using var admin = Site.Client();
        await admin.SignedInAsAsync("admin-national");

        using var refused = await admin.PostAsync("/admin/users?handler=Lock", ("id", Site.IdOf("analyst-board")), ("locked", "true"));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Site.UseAsync<ListAccounts, IReadOnlyList<AccountSummary>>(l => l.ListAsync())).Single(a => a.Name == "analyst-board").LockedOut.ShouldBeFalse();
    }

    [Fact]
    public async Task Signing_out_without_the_token_is_refused_and_the_session_goes_on()
    {
        using var reader = Site.Client();
        await reader.SignedInAsAsync("reader-board");

        using var refused = await reader.PostAsync("/signout");

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await reader.GetPageAsync("/")).ShouldContain("<h1>Dashboard</h1>");
    }

    [Fact]
    public async Task A_token_from_another_session_is_refused()
    {
        using var other = Site.Client();
        var foreignToken = SiteClient.TokenIn(await other.GetPageAsync("/signin"));
        using var client = Site.Client();
        await client.GetPageAsync("/signin");

        using var refused = await client.PostAsync("/signin", ("username", "admin-national"), ("password", TestAccounts.Password), ("__RequestVerificationToken", foreignToken));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static IEnumerable<(string Page, string Form)> Forms(string page, string html) =>
        FormElement().Matches(html).Select(m => (page, m.Value));

    [GeneratedRegex("<form\\b.*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormElement();
}
