using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace CaseLens.Web.Tests.Browser;

/// <summary>A page in its own browser context; disposing closes the context.</summary>
public sealed class OpenedPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page => page;

    /// <summary>Every console message and page error, including Content-Security-Policy violations.</summary>
    public ConcurrentBag<string> Console { get; } = [];

    /// <summary>Signs in by typing into the sign-in form and pressing Enter, and waits for the dashboard.</summary>
    public async Task SignInAsync(string name, string password = Hosting.TestAccounts.Password)
    {
        await page.GotoAsync("/signin");
        await page.GetByLabel("User name").FillAsync(name);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByLabel("Password").PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
    }

    public ValueTask DisposeAsync() => new(context.CloseAsync());
}
