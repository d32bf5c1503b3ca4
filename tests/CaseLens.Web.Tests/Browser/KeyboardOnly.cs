using Microsoft.Playwright;

namespace CaseLens.Web.Tests.Browser;

/// <summary>
/// Moving through a page with the keys a keyboard user has (Tab, the arrow keys, Space, Enter):
/// never a click, and nothing typed into an element that Tab did not reach.
/// </summary>
internal static class KeyboardOnly
{
    /// <summary>More Tab stops than any form of the application has.</summary>
    private const int MostTabs = 400;

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has the focus; fails when Tab never reaches it.</summary>
    public static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < MostTabs; i++)
        {
            if (await FocusedIsAsync(page, selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        throw new ShouldAssertException($"Tab never reached {selector}.");
    }

    /// <summary>Tabs to <paramref name="selector"/> and types <paramref name="text"/> there.</summary>
    public static async Task TypeIntoAsync(IPage page, string selector, string text)
    {
        await TabToAsync(page, selector);
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>Tabs to the list <paramref name="selector"/> and presses the down arrow until <paramref name="value"/> is chosen.</summary>
    public static async Task ChooseAsync(IPage page, string selector, string value)
    {
        await TabToAsync(page, selector);
        for (var i = 0; i < MostTabs && await page.EvalOnSelectorAsync<string>(selector, "e => e.value") != value; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        (await page.EvalOnSelectorAsync<string>(selector, "e => e.value")).ShouldBe(value, $"the down arrow chose {value} in {selector}");
    }

    /// <summary>Tabs to the box <paramref name="selector"/> and ticks it with Space.</summary>
    public static async Task TickAsync(IPage page, string selector)
    {
        await TabToAsync(page, selector);
        await page.Keyboard.PressAsync("Space");
        (await page.IsCheckedAsync(selector)).ShouldBeTrue($"Space ticked {selector}");
    }

    /// <summary>Tabs to the button <paramref name="selector"/> and presses Enter.</summary>
    public static async Task PressAsync(IPage page, string selector)
    {
        await TabToAsync(page, selector);
        await page.Keyboard.PressAsync("Enter");
    }

    public static Task<bool> FocusedIsAsync(IPage page, string selector) =>
        page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector);
}
