using System.Net;
using System.Text.RegularExpressions;

namespace CaseLens.Benchmarks.Load;

/// <summary>
/// One signed-in user of the site over loopback, as a browser talks to it: the cookies are kept by
/// hand because every cookie CaseLens sets is Secure, which .NET's cookie container (unlike a
/// browser) will not send back over http://127.0.0.1.
/// </summary>
internal sealed partial class SiteSession : IDisposable
{
    private readonly HttpClient _http;
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public SiteSession(Uri site)
    {
        _http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = site,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    /// <summary>Signs in through <c>/signin</c> with the form's antiforgery token; throws unless the site redirects onwards.</summary>
    public async Task SignInAsync(string name, string password)
    {
        var (_, form) = await GetAsync("/signin");
        var token = Token().Match(form) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("No antiforgery token on /signin.");
        using var content = new FormUrlEncodedContent([new("username", name), new("password", password), new("__RequestVerificationToken", token)]);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/signin") { Content = content };
        using var response = await SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {name} answered {(int)response.StatusCode}.");
        }
    }

    /// <summary>GETs <paramref name="path"/> and reads the whole body, as a browser waits for the page.</summary>
    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        using var response = await SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await _http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            foreach (var cookie in set)
            {
                var pair = cookie.Split(';', 2)[0];
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                _cookies[pair[..equals]] = pair[(equals + 1)..];
            }
        }

        return response;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public void Dispose() => _http.Dispose();
}
