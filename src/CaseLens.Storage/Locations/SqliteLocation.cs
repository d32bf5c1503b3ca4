using System.Text;
using CaseLens.Domain.Problems;
using Microsoft.Data.Sqlite;

namespace CaseLens.Storage.Locations;

/// <summary>
/// The connection strings of a SQLite store: made from a file path, or from a connection string that
/// names only its <c>Data Source</c> (SQLite stores take no password: there is no encryption
/// library here), and the read-only forms a reader falls back to.
/// </summary>
internal static class SqliteLocation
{
    private static readonly string[] FileKeywords = ["data source", "datasource", "filename"];

    public static bool IsSqliteConnectionString(IEnumerable<KeyValuePair<string, string>> pairs) =>
        pairs.Any(p => FileKeywords.Contains(p.Key, StringComparer.OrdinalIgnoreCase));

    public static Result<StoreLocation> OfPairs(IReadOnlyList<KeyValuePair<string, string>> pairs)
    {
        if (pairs.Any(p => p.Key is "password" or "pwd"))
        {
            return LocationReader.Refused("a SQLite store has no password (CaseLens has no SQLite encryption): keep the file on an encrypted volume instead, and drop Password=");
        }

        var others = pairs.Where(p => !FileKeywords.Contains(p.Key, StringComparer.OrdinalIgnoreCase)).Select(p => p.Key).ToList();
        if (others.Count > 0)
        {
            return new SqliteConnectionStringBuilder().ContainsKey(others[0])
                ? LocationReader.Refused($"a SQLite connection string is read for its Data Source only; remove '{others[0]}'")
                : LocationReader.Refused("the SQLite connection string has a keyword SQLite does not know (not shown, in case it holds a secret)");
        }

        return OfPath(pairs[^1].Value);
    }

    public static Result<StoreLocation> OfPath(string path)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return LocationReader.Refused("--db is not a usable file path");
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = full };
        return Result<StoreLocation>.Ok(new StoreLocation(DatabaseProvider.Sqlite, builder.ToString()));
    }

    /// <summary>The file a SQLite connection string opens, whether given as a path or as a <c>file:</c> URI.</summary>
    public static string FileOf(string connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (!source.StartsWith("file:", StringComparison.Ordinal))
        {
            return source;
        }

        var path = source["file:".Length..];
        var query = path.IndexOf('?', StringComparison.Ordinal);
        return Uri.UnescapeDataString(query >= 0 ? path[..query] : path);
    }

    /// <summary>The file opened read-only: SQLite writes nothing, but still needs the <c>-shm</c> file of a store in WAL mode.</summary>
    public static string ReadOnly(string file) =>
        new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly }.ToString();

    /// <summary>The file opened read-write without creating it (an existing file that is not writable opens read-only).</summary>
    public static string ReadWrite(string file) =>
        new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWrite }.ToString();

    /// <summary>
    /// The file opened as immutable (<c>?immutable=1</c>): no lock, no <c>-shm</c>, so it can be read
    /// in a folder the reader cannot write; only safe while nobody writes to it.
    /// </summary>
    public static string Immutable(string file) =>
        new SqliteConnectionStringBuilder { DataSource = "file:" + UriPath(file) + "?immutable=1", Mode = SqliteOpenMode.ReadOnly }.ToString();

    /// <summary>The path with the characters a SQLite URI gives a meaning to escaped.</summary>
    private static string UriPath(string file)
    {
        var text = new StringBuilder(file.Length);
        foreach (var c in file)
        {
            text.Append(c switch
            {
                '%' => "%25",
                '?' => "%3f",
                '#' => "%23",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }
}
