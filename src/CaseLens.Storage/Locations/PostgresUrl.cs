using CaseLens.Domain.Problems;
using Npgsql;

namespace CaseLens.Storage.Locations;

/// <summary>
/// A PostgreSQL URL, as libpq reads it: <c>postgresql://[user[:password]@][host][:port][/database][?key=value&amp;…]</c>
/// (or <c>postgres://</c>), parts percent-encoded. Several hosts (<c>h1:5432,h2:5433</c>) and an IPv6
/// host in brackets are allowed. The query keywords are libpq's (<c>sslmode</c>, <c>application_name</c>,
/// <c>connect_timeout</c>, <c>host</c>, <c>dbname</c>, …) or any Npgsql keyword; they all go through
/// <see cref="PostgresKeywords"/>.
/// </summary>
internal static class PostgresUrl
{
    private static readonly string[] Schemes = ["postgresql://", "postgres://"];

    // libpq's query keywords whose Npgsql name differs by more than '_' for ' '.
    private static readonly Dictionary<string, string> LibpqNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dbname"] = "Database",
        ["user"] = "Username",
        ["connect_timeout"] = "Timeout",
        ["sslrootcert"] = "Root Certificate",
        ["sslcert"] = "SSL Certificate",
        ["sslkey"] = "SSL Key",
        ["target_session_attrs"] = "Target Session Attributes",
    };

    public static bool IsUrl(string text) => Schemes.Any(s => text.TrimStart().StartsWith(s, StringComparison.OrdinalIgnoreCase));

    public static Result<NpgsqlConnectionStringBuilder> Read(string text)
    {
        var rest = text.Trim();
        rest = rest[(rest.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var query = string.Empty;
        if (rest.IndexOf('?', StringComparison.Ordinal) is var q and >= 0)
        {
            (rest, query) = (rest[..q], rest[(q + 1)..]);
        }

        var pairs = new List<KeyValuePair<string, string>>();
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = slash >= 0 ? rest[..slash] : rest;
        if (slash >= 0 && rest[(slash + 1)..] is { Length: > 0 } database)
        {
            pairs.Add(KeyValuePair.Create("Database", Decode(database)));
        }

        if (authority.LastIndexOf('@') is var at and >= 0)
        {
            var userInfo = authority[..at];
            authority = authority[(at + 1)..];
            var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
            pairs.Add(KeyValuePair.Create("Username", Decode(colon >= 0 ? userInfo[..colon] : userInfo)));
            if (colon >= 0)
            {
                pairs.Add(KeyValuePair.Create("Password", Decode(userInfo[(colon + 1)..])));
            }
        }

        if (!AddHost(Decode(authority), pairs))
        {
            return Result<NpgsqlConnectionStringBuilder>.Fail(
                ProblemKind.Invalid, new Problem(LocationReader.ProblemCode, "the port in the PostgreSQL URL is not a number"));
        }

        foreach (var parameter in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            var key = Decode(equals >= 0 ? parameter[..equals] : parameter);
            var value = equals >= 0 ? Decode(parameter[(equals + 1)..]) : string.Empty;
            pairs.Add(KeyValuePair.Create(NpgsqlName(key), key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? value.Replace("-", string.Empty, StringComparison.Ordinal) : value));
        }

        return PostgresKeywords.Read(pairs);
    }

    /// <summary>Adds the host and port of the URL's authority; false when the port is not a number.</summary>
    private static bool AddHost(string hosts, List<KeyValuePair<string, string>> pairs)
    {
        if (hosts.Length == 0)
        {
            return true;
        }

        if (hosts.Contains(',', StringComparison.Ordinal))
        {
            // Npgsql reads "h1:5432,h2:5433" in its Host itself.
            pairs.Add(KeyValuePair.Create("Host", hosts));
            return true;
        }

        var close = hosts.StartsWith('[') ? hosts.IndexOf(']', StringComparison.Ordinal) : -1;
        var colon = hosts.LastIndexOf(':');
        if (colon <= close)
        {
            pairs.Add(KeyValuePair.Create("Host", close > 0 ? hosts[1..close] : hosts));
            return true;
        }

        pairs.Add(KeyValuePair.Create("Host", close > 0 ? hosts[1..close] : hosts[..colon]));
        var port = hosts[(colon + 1)..];
        if (!port.All(char.IsAsciiDigit) || port.Length is 0 or > 5)
        {
            return false;
        }

        pairs.Add(KeyValuePair.Create("Port", port));
        return true;
    }

    private static string NpgsqlName(string key) =>
        LibpqNames.TryGetValue(key, out var name) ? name : key.Replace('_', ' ');

    private static string Decode(string part) => Uri.UnescapeDataString(part);
}
