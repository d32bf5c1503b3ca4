using Microsoft.Playwright;

namespace CaseLens.Web.Tests.Browser;

/// <summary>Uploading a file in Chromium from the upload page: checked first, then imported.</summary>
internal static class UploadSteps
{
    /// <summary>On the upload page: what the file holds chosen by its label, the file chosen and checked.</summary>
    public static async Task CheckAsync(IPage page, byte[] content, string name, string kind = "Notifications")
    {
        await page.GetByLabel(kind, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = name, MimeType = "text/csv", Buffer = content });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
    }

    /// <summary>From the main navigation to the upload page, the file at <paramref name="path"/> checked, found valid and imported: the page's report of it.</summary>
    public static async Task<string> ImportAsync(IPage page, string path, string kind = "Notifications")
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Upload" }).ClickAsync();
        await CheckAsync(page, await File.ReadAllBytesAsync(path), Path.GetFileName(path), kind);
        await page.GetByRole(AriaRole.Heading, new() { Name = "The file is valid" }).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Import the file" }).ClickAsync();
        return await page.GetByRole(AriaRole.Status).InnerTextAsync();
    }
}
