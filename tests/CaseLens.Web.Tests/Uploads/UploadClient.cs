using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using CaseLens.Web.Tests.Hosting;

namespace CaseLens.Web.Tests.Uploads;

/// <summary>The upload page's two steps as a browser posts them: the file (multipart, with the antiforgery token), then the confirmation.</summary>
public static partial class UploadClient
{
    public static async Task<HttpResponseMessage> UploadAsync(this SiteClient client, byte[] content, string fileName, string kind = "notifications", bool update = false)
    {
        var token = SiteClient.TokenIn(await client.GetPageAsync("/upload"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(kind), "kind" },
        };
        if (update)
        {
            form.Add(new StringContent("true"), "update");
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        form.Add(file, "file", fileName);
        return await client.Http.PostAsync(new Uri("/upload", UriKind.Relative), form);
    }

    /// <summary>Uploads a file that must be valid; the token of its confirmation.</summary>
    public static async Task<string> CheckedAsync(this SiteClient client, byte[] content, string fileName, bool update = false, string kind = "notifications")
    {
        using var response = await client.UploadAsync(content, fileName, kind, update);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("The file is valid");
        return UploadToken().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new ShouldAssertException("no upload token in the page");
    }

    public static Task<HttpResponseMessage> ConfirmAsync(this SiteClient client, string uploadToken) =>
        client.PostFormAsync("/upload", "/upload?handler=Confirm", ("token", uploadToken));

    [GeneratedRegex("name=\"token\" value=\"([^\"]+)\"")]
    private static partial Regex UploadToken();
}
