using CaseLens.Reporting.Tests.Html;
using CaseLens.Web.Tests.Hosting;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CaseLens.Web.Tests.Browser;

public sealed class InBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    [BrowserFact]
    public async Task Signing_in_leads_to_the_dashboard_with_the_navigation_of_the_role()
    {
        await using var opened = await browser.OpenAsync("/");

        opened.Page.Url.ShouldContain("/signin?returnUrl=%2F");
        await opened.SignInAsync("analyst-board");

        (await opened.Page.Locator("h1").InnerTextAsync()).ShouldBe("Dashboard");
        (await opened.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link).AllInnerTextsAsync())
            .ShouldBe(["Dashboard", "Reports", "Cases", "Upload", "Security"]);
    }

    [BrowserFact]
    public async Task The_sign_in_form_is_completed_by_keyboard_alone()
    {
        await using var opened = await browser.OpenAsync("/signin");
        var keyboard = opened.Page.Keyboard;

        // Focus starts in the user name field; Tab moves to the password, Enter submits.
        (await opened.Page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("username");
        await keyboard.TypeAsync("admin-national");
        await keyboard.PressAsync("Tab");
        (await opened.Page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("password");
        await keyboard.TypeAsync(TestAccounts.Password);
        await keyboard.PressAsync("Tab");
        (await opened.Page.EvaluateAsync<string>("() => document.activeElement.textContent")).ShouldBe("Sign in");
        await keyboard.PressAsync("Enter");

        await opened.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        (await opened.Page.Locator("h1").InnerTextAsync()).ShouldBe("Dashboard");
    }

    [BrowserFact]
    public async Task A_wrong_password_is_announced_beside_the_form()
    {
        await using var opened = await browser.OpenAsync("/signin");

        await opened.Page.GetByLabel("User name").FillAsync("reader-board");
        await opened.Page.GetByLabel("Password").FillAsync("not the password at all");
        await opened.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        (await opened.Page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldStartWith("Sign-in failed");
        (await opened.Page.GetByLabel("User name").GetAttributeAsync("aria-describedby")).ShouldBe("signin-error");
    }

    [BrowserFact]
    public async Task The_sign_in_page_has_no_serious_or_critical_accessibility_violations()
    {
        await using var opened = await browser.OpenAsync("/signin");

        await AccessibilityCheck.NoSeriousViolationsAsync(opened.Page);
    }

    [BrowserFact]
    public async Task The_dashboard_has_no_serious_or_critical_accessibility_violations()
    {
        await using var opened = await browser.OpenAsync("/signin");
        await opened.SignInAsync("admin-national");

        await AccessibilityCheck.NoSeriousViolationsAsync(opened.Page);
    }

    [BrowserFact]
    public async Task The_administration_and_security_pages_have_no_serious_or_critical_accessibility_violations()
    {
        await using var opened = await browser.OpenAsync("/signin");
        await opened.SignInAsync("admin-board");

        foreach (var path in new[] { "/admin/users", "/admin/users/add", "/account/security", "/cases" })
        {
            await opened.Page.GotoAsync(path);
            await AccessibilityCheck.NoSeriousViolationsAsync(opened.Page);
        }
    }

    [BrowserFact]
    public async Task The_add_user_form_is_completed_by_keyboard_alone()
    {
        await using var opened = await browser.OpenAsync("/signin");
        await opened.SignInAsync("admin-national");
        await opened.Page.GotoAsync("/admin/users/add");
        var keyboard = opened.Page.Keyboard;

        await opened.Page.FocusAsync("#name");
        await keyboard.TypeAsync("keyboard-user");
        await keyboard.PressAsync("Tab");
        (await opened.Page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("role");
        // The least privilege, reader, is chosen at first; one up is analyst.
        await keyboard.PressAsync("ArrowUp");
        await keyboard.PressAsync("Tab");
        await keyboard.TypeAsync("Board K");
        await keyboard.PressAsync("Tab");
        (await opened.Page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("password");
        await keyboard.TypeAsync("typed by keyboard alone");
        await keyboard.PressAsync("Enter");

        await opened.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin/users");
        var row = opened.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "keyboard-user" });
        (await row.Locator("td").AllInnerTextsAsync()).Take(2).ShouldBe(["Analyst", "Board K"]);
    }

    [BrowserFact]
    public async Task Pages_run_without_a_content_security_policy_violation_and_htmx_replaces_a_row_in_place()
    {
        await using var opened = await browser.OpenAsync("/signin");
        await opened.SignInAsync("admin-national");
        await opened.Page.GotoAsync("/admin/users");
        var row = opened.Page.Locator($"#account-{browser.Site.IdOf("reader-national")}");
        var navigations = 0;
        opened.Page.FrameNavigated += (_, _) => navigations++;

        await row.GetByRole(AriaRole.Button, new() { Name = "Lock reader-national" }).ClickAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Unlock reader-national" }).WaitForAsync();

        (await row.Locator("td").Nth(3).InnerTextAsync()).ShouldBe("locked");
        navigations.ShouldBe(0, "htmx replaced the row without loading the page again");
        await row.GetByRole(AriaRole.Button, new() { Name = "Unlock reader-national" }).ClickAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Lock reader-national" }).WaitForAsync();
        opened.Console.ShouldBeEmpty();
    }
}
