using System.Net;
using System.Text.RegularExpressions;

namespace CaseLens.Web.Tests.Hosting;

/// <summary>
/// Talks to the site as a browser would: pages by GET, forms posted with the antiforgery token read
/// from the page that holds the form.
/// </summary>
public sealed partial class SiteClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(new Uri(path, UriKind.Relative));

    public async Task<string> GetPageAsync(string path)
    {
        using var response = await GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts <paramref name="fields"/> to <paramref name="action"/> with the token of the form on <paramref name="formPage"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, params (string Name, string Value)[] fields)
    {
        var token = TokenIn(await GetPageAsync(formPage));
        return await PostAsync(action, [.. fields, ("__RequestVerificationToken", token)]);
    }

    /// <summary>Posts exactly <paramref name="fields"/>, token or not.</summary>
    public Task<HttpResponseMessage> PostAsync(string action, params (string Name, string Value)[] fields) =>
        http.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))));

    /// <summary>Signs in with the sign-in form; returns the answer to the POST.</summary>
    public Task<HttpResponseMessage> SignInAsync(string name, string password = TestAccounts.Password) =>
        PostFormAsync("/signin", "/signin", ("username", name), ("password", password));

    /// <summary>Signs in and checks that the dashboard opens.</summary>
    public async Task SignedInAsAsync(string name)
    {
        using var signedIn = await SignInAsync(name);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, name);
        (await GetPageAsync("/")).ShouldContain("<h1>Dashboard</h1>");
    }

    public static string TokenIn(string html) =>
        Token().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new ShouldAssertException("no antiforgery token in the page");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public void Dispose() => http.Dispose();
}
