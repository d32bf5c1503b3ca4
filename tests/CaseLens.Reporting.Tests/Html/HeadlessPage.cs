using Microsoft.Playwright;

namespace CaseLens.Reporting.Tests.Html;

/// <summary>A written HTML page opened from a temporary file; disposing closes it and deletes the file.</summary>
public sealed class HeadlessPage(IPage page, string file) : IAsyncDisposable
{
    public IPage Page => page;

    public string Url { get; } = new Uri(file).AbsoluteUri;

    /// <summary>Requests the page made for anything but its own file (there should be none).</summary>
    public List<string> OtherRequests { get; } = [];

    public async ValueTask DisposeAsync()
    {
        await page.CloseAsync();
        File.Delete(file);
    }
}
