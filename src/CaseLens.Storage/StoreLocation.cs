using CaseLens.Domain.Problems;
using CaseLens.Storage.Locations;

namespace CaseLens.Storage;

/// <summary>
/// Where a store lives, read once from the text a user gives (<c>--db</c>) by the provider's own
/// connection-string builder: a PostgreSQL connection string (any keyword or alias Npgsql knows, such
/// as <c>Host</c>/<c>Server</c>, <c>Username</c>/<c>User ID</c>/<c>UID</c>, <c>Password</c>/<c>Pwd</c>/<c>PSW</c>,
/// with quoted values) or URL (<c>postgresql://user:pw@host:port/db?…</c>, or <c>postgres://</c>);
/// a SQLite connection string naming only a <c>Data Source</c>; or else a SQLite file path.
/// Text that looks like a connection string but does not parse, or names no host, is refused.
/// <see cref="ToString"/> is the one way to print a location: it never shows a password.
/// </summary>
public sealed class StoreLocation
{
    /// <summary>The SQLite file used when no location is given.</summary>
    public const string DefaultFile = "caselens.db";

    internal StoreLocation(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>
    /// The ADO.NET connection string for <see cref="Provider"/>. It may hold a password: never print
    /// it (print the location itself).
    /// </summary>
    public string ConnectionString { get; }

    /// <summary>The full path of the SQLite file; null for PostgreSQL.</summary>
    public string? SqliteFile => Provider == DatabaseProvider.Sqlite ? SqliteLocation.FileOf(ConnectionString) : null;

    /// <summary>
    /// Reads a location; null or blank means <see cref="DefaultFile"/> in the current directory.
    /// <paramref name="password"/> is a password given apart from the text (a file, say): it is
    /// refused for SQLite and when the text has a password too. <paramref name="fallbackPassword"/>
    /// (the environment, say) is used only by a PostgreSQL location that has none. A refusal's message
    /// never holds a password or a value of the text.
    /// </summary>
    public static Result<StoreLocation> Read(string? text, string? password = null, string? fallbackPassword = null) =>
        LocationReader.Read(text, password, fallbackPassword);

    /// <summary>As <see cref="Read"/> without a separate password; a refused text throws <see cref="ArgumentException"/> (its message is safe to print).</summary>
    public static StoreLocation Parse(string? text)
    {
        var result = Read(text);
        return result.Succeeded ? result.Value : throw new ArgumentException(result.Problems[0].Message, nameof(text));
    }

    /// <summary>The location without any password, safe to print: the SQLite file's path, or the PostgreSQL host, port, database and user.</summary>
    public override string ToString() => LocationText.Of(this);

    /// <summary>The same store reached through another connection string (read-only, say).</summary>
    internal StoreLocation With(string connectionString) => new(Provider, connectionString);
}
