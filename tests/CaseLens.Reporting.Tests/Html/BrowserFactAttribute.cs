namespace CaseLens.Reporting.Tests.Html;

/// <summary>
/// A test that needs headless Chromium at <see cref="ChromiumPath"/>. Without it the test is skipped with
/// the reason, unless <c>CASELENS_REQUIRE_BROWSER=1</c>, when it runs (and fails) so that CI cannot pass quietly.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && Environment.GetEnvironmentVariable("CASELENS_REQUIRE_BROWSER") != "1")
        {
            Skip = $"Chromium not found at {ChromiumPath} (apt-get install -y chromium); set CASELENS_REQUIRE_BROWSER=1 to fail instead.";
        }
    }
}
