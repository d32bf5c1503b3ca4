using System.Text.RegularExpressions;
using CaseLens.Web.Tests.Hosting;

namespace CaseLens.Web.Tests.Security;

public sealed partial class SecurityHeadersTests(SiteFixture fixture) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData("/signin", false)]
    [InlineData("/", false)]
    [InlineData("/assets/css/site.css", false)]
    [InlineData("/assets/js/htmx.min.js", false)]
    [InlineData("/no-such-page", true)]
    [InlineData("/", true)]
    [InlineData("/cases/N0001", true)]
    [InlineData("/admin/users", true)]
    public async Task Every_answer_carries_the_security_headers(string path, bool signedIn)
    {
        using var client = fixture.Site.Client();
        if (signedIn)
        {
            await client.SignedInAsAsync("analyst-board");
        }

        using var response = await client.GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem();
        csp.ShouldContain("default-src 'none'");
        csp.ShouldContain("script-src 'self'");
        csp.ShouldContain("style-src 'self'");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldContain("form-action 'self'");
        csp.ShouldNotContain("unsafe");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
    }

    [Fact]
    public async Task Pages_are_not_cached()
    {
        using var client = fixture.Site.Client();
        await client.SignedInAsAsync("analyst-national");

        using var response = await client.GetAsync("/cases");

        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Theory]
    [InlineData("/signin", null)]
    [InlineData("/", "admin-national")]
    [InlineData("/admin/users", "admin-national")]
    [InlineData("/account/security", "reader-board")]
    public async Task Pages_hold_no_inline_script_or_style_that_the_policy_would_block(string path, string? account)
    {
        using var client = fixture.Site.Client();
        if (account is not null)
        {
            await client.SignedInAsAsync(account);
        }

        var html = await client.GetPageAsync(path);

        InlineScript().IsMatch(html).ShouldBeFalse(path);
        StyleAttributeOrElement().IsMatch(html).ShouldBeFalse(path);
        EventHandlerAttribute().IsMatch(html).ShouldBeFalse(path);
    }

    [Fact]
    public async Task Every_cookie_is_secure_http_only_and_same_site_strict()
    {
        using var client = fixture.Site.Client();
        using var page = await client.GetAsync("/signin");
        var token = SiteClient.TokenIn(await page.Content.ReadAsStringAsync());

        using var signedIn = await client.PostAsync("/signin", ("username", "reader-national"), ("password", TestAccounts.Password), ("__RequestVerificationToken", token));

        var cookies = page.Headers.GetValues("Set-Cookie").Concat(signedIn.Headers.GetValues("Set-Cookie")).ToList();
        cookies.ShouldContain(c => c.StartsWith("caselens.session=", StringComparison.Ordinal));
        cookies.ShouldContain(c => c.StartsWith("caselens.antiforgery=", StringComparison.Ordinal));
        foreach (var cookie in cookies)
        {
            var attributes = cookie.ToLowerInvariant().Split(';', StringSplitOptions.TrimEntries);
            attributes.ShouldContain("secure", cookie);
            attributes.ShouldContain("httponly", cookie);
            attributes.ShouldContain("samesite=strict", cookie);
        }
    }

    [GeneratedRegex("<script(?![^>]*\\bsrc=)", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<style|\\sstyle=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttributeOrElement();

    [GeneratedRegex("\\son[a-z]+=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();
}
