using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace CaseLens.Storage;

/// <summary>
/// Where a store lives, read from the text a user gives (<c>--db</c>): a connection string naming a
/// <c>Host=</c> (or <c>Server=</c>) means PostgreSQL; anything else is a SQLite file path.
/// </summary>
public sealed partial record StoreLocation
{
    /// <summary>The SQLite file used when no location is given.</summary>
    public const string DefaultFile = "caselens.db";

    private StoreLocation(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The ADO.NET connection string for <see cref="Provider"/>.</summary>
    public string ConnectionString { get; }

    /// <summary>Reads a location; null or blank means <see cref="DefaultFile"/> in the current directory.</summary>
    public static StoreLocation Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            text = DefaultFile;
        }

        if (HostKey().IsMatch(text))
        {
            return new StoreLocation(DatabaseProvider.Postgres, text);
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(text) };
        return new StoreLocation(DatabaseProvider.Sqlite, builder.ToString());
    }

    /// <summary>The location without any password, safe to print.</summary>
    public override string ToString() => Provider == DatabaseProvider.Postgres
        ? Password().Replace(ConnectionString, "$1Password=***")
        : ConnectionString;

    [GeneratedRegex(@"(^|;)\s*(host|server)\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HostKey();

    [GeneratedRegex(@"(^|;)\s*password\s*=[^;]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Password();
}
