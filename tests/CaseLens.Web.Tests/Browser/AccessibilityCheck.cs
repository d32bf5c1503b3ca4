using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CaseLens.Web.Tests.Browser;

/// <summary>axe-core over the page as it stands: no violation of serious or critical impact.</summary>
internal static class AccessibilityCheck
{
    public static async Task NoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();

        result.Passes.ShouldNotBeEmpty("axe ran its rules");
        result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ShouldBeEmpty();
    }
}
