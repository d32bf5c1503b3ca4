using System.Net;
using System.Text.RegularExpressions;
using CaseLens.Application.Accounts;
using CaseLens.Application.Tests.Databases;
using CaseLens.Domain.Problems;
using CaseLens.Storage;
using CaseLens.TestKit.Databases;
using CaseLens.TestKit;
using CaseLens.Web.Tests.Hosting;

namespace CaseLens.Web.Tests.Accounts;

public sealed partial class SignInTests(FreshDatabases databases) : IClassFixture<FreshDatabases>
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Repeated_wrong_passwords_lock_the_account_until_an_administrator_unlocks_it(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        using var client = site.Client();

        for (var attempt = 0; attempt < AccountRules.MaximumFailedAttempts; attempt++)
        {
            using var wrong = await client.SignInAsync("analyst-board", "not the password at all");
            wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await wrong.Content.ReadAsStringAsync()).ShouldContain("Sign-in failed");
        }

        using var right = await client.SignInAsync("analyst-board");
        right.StatusCode.ShouldBe(HttpStatusCode.OK, "the right password no longer signs a locked account in");
        (await right.Content.ReadAsStringAsync()).ShouldContain("Sign-in failed");
        using (var dashboard = await client.GetAsync("/"))
        {
            dashboard.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await site.UseAsync<LockAccount, Result>(l => l.SetLockedAsync(site.IdOf("analyst-board"), locked: false))).Succeeded.ShouldBeTrue();
        await client.SignedInAsAsync("analyst-board");
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_name_get_the_same_answer()
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(DatabaseProvider.Sqlite));
        using var client = site.Client();

        using var wrongPassword = await client.SignInAsync("analyst-board", "not the password at all");
        using var unknownName = await client.SignInAsync("nobody-here", "not the password at all");

        Alert(await wrongPassword.Content.ReadAsStringAsync()).ShouldBe(Alert(await unknownName.Content.ReadAsStringAsync()));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task With_the_authenticator_on_signing_in_needs_the_code_the_app_computes(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        using var client = site.Client();
        await client.SignedInAsAsync("reader-board");

        // Enrol: read the key from the page, as a person types it into the app, and answer with its code.
        var security = await client.GetPageAsync("/account/security");
        security.ShouldContain("<img src=\"data:image/png;base64,");
        var key = SharedKey().Match(security).Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        using (var enabled = await client.PostFormAsync("/account/security", "/account/security?handler=Enable", ("code", Totp.Code(key, TimeProvider.System.GetUtcNow()))))
        {
            (await enabled.Content.ReadAsStringAsync()).ShouldContain("The authenticator is on");
        }

        using var fresh = site.Client();
        using var password = await fresh.SignInAsync("reader-board");
        password.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        password.Headers.Location!.OriginalString.ShouldStartWith("/signin/code");
        using (var notYet = await fresh.GetAsync("/"))
        {
            notYet.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the password alone does not sign in");
        }

        using (var wrong = await fresh.PostFormAsync("/signin/code", "/signin/code", ("code", WrongCode(Totp.Code(key, TimeProvider.System.GetUtcNow())))))
        {
            (await wrong.Content.ReadAsStringAsync()).ShouldContain("The code is not right");
        }

        using var code = await fresh.PostFormAsync("/signin/code", "/signin/code", ("code", Totp.Code(key, TimeProvider.System.GetUtcNow())));
        code.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await fresh.GetPageAsync("/")).ShouldContain("<h1>Dashboard</h1>");
    }

    [Fact]
    public async Task A_session_ends_after_its_lifetime_without_a_request_and_each_request_renews_it()
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(DatabaseProvider.Sqlite));
        using var client = site.Client();
        await client.SignedInAsAsync("analyst-national");

        site.Time.Advance(TimeSpan.FromMinutes(20));
        (await client.GetPageAsync("/")).ShouldContain("<h1>Dashboard</h1>");
        site.Time.Advance(TimeSpan.FromMinutes(20));
        (await client.GetPageAsync("/")).ShouldContain("<h1>Dashboard</h1>", Case.Sensitive, "20 minutes after a renewal the session goes on");
        site.Time.Advance(TimeSpan.FromMinutes(31));

        using var expired = await client.GetAsync("/");
        expired.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        expired.Headers.Location!.AbsolutePath.ShouldBe("/signin");
    }

    [Fact]
    public async Task Locking_an_account_ends_its_open_session_at_once()
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(DatabaseProvider.Sqlite));
        using var analyst = site.Client();
        await analyst.SignedInAsAsync("analyst-board");
        using var admin = site.Client();
        await admin.SignedInAsAsync("admin-national");

        using var locked = await admin.PostFormAsync("/admin/users", "/admin/users?handler=Lock", ("id", site.IdOf("analyst-board")), ("locked", "true"));

        locked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var after = await analyst.GetAsync("/");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_changed_role_applies_from_the_next_request()
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(DatabaseProvider.Sqlite));
        using var analyst = site.Client();
        await analyst.SignedInAsAsync("analyst-national");
        (await analyst.GetAsync("/cases")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var admin = site.Client();
        await admin.SignedInAsAsync("admin-national");
        var edit = $"/admin/users/{site.IdOf("analyst-national")}";

        using var saved = await admin.PostFormAsync(edit, edit + "?handler=Access", ("Access.Role", "reader"), ("Access.Boards", string.Empty));

        (await saved.Content.ReadAsStringAsync()).ShouldContain("Role and boards saved.");
        using var cases = await analyst.GetAsync("/cases");
        cases.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Two_instances_on_one_store_share_the_keys_so_a_session_from_one_works_on_the_other()
    {
        var location = await databases.NewAsync(DatabaseProvider.Sqlite);
        await using var first = await TestSite.StartAsync(location);
        await using var second = await TestSite.StartAsync(location, addAccounts: false);
        var cookies = new CookieContainer();
        using var onFirst = first.Client(cookies);
        await onFirst.SignedInAsAsync("analyst-board");

        using var onSecond = second.Client(cookies);

        (await onSecond.GetPageAsync("/cases")).ShouldContain("<h1>Cases</h1>");
    }

    [Theory]
    [InlineData("/cases", "/cases")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    public async Task After_signing_in_only_a_page_of_this_site_is_returned_to(string returnUrl, string expected)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(DatabaseProvider.Sqlite));
        using var client = site.Client();

        using var signedIn = await client.PostFormAsync("/signin", "/signin", ("username", "analyst-board"), ("password", TestAccounts.Password), ("returnUrl", returnUrl));

        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.OriginalString.ShouldBe(expected);
    }

    private static string Alert(string html) => SignInAlert().Match(html).Value;

    private static string WrongCode(string code) =>
        ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + 500_000) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("<code id=\"shared-key\">([a-z0-9 ]+)</code>")]
    private static partial Regex SharedKey();

    [GeneratedRegex("<p class=\"error\" role=\"alert\"[^>]*>[^<]*</p>")]
    private static partial Regex SignInAlert();
}
