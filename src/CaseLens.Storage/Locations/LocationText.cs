using Npgsql;

namespace CaseLens.Storage.Locations;

/// <summary>
/// The one way a store location is written for people: a SQLite store by its file's path, a
/// PostgreSQL store by host, port, database and user only. Whatever keyword or alias carried a
/// password, and whatever else the connection string holds, is left out because only those four
/// are copied.
/// </summary>
internal static class LocationText
{
    public static string Of(StoreLocation location)
    {
        if (location.Provider == DatabaseProvider.Sqlite)
        {
            return location.SqliteFile!;
        }

        var full = new NpgsqlConnectionStringBuilder(location.ConnectionString);
        var shown = new NpgsqlConnectionStringBuilder { Host = full.Host, Port = full.Port, Database = full.Database };
        if (!string.IsNullOrEmpty(full.Username))
        {
            shown.Username = full.Username;
        }

        return shown.ConnectionString;
    }
}
