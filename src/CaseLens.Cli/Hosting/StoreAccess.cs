using CaseLens.Cli.Problems;
using CaseLens.Storage;
using Microsoft.Data.Sqlite;

namespace CaseLens.Cli.Hosting;

/// <summary>
/// Opens the store a command names with <c>--db</c>. Commands that only read refuse a SQLite file
/// that does not exist rather than create an empty store as a side effect.
/// </summary>
internal static class StoreAccess
{
    /// <summary>The store for writing; a missing SQLite file is created.</summary>
    public static Task<CaseStore> OpenForWritingAsync(string database, CliContext context, CancellationToken cancellationToken) =>
        CaseStore.OpenAsync(StoreLocation.Parse(database), context.Time, cancellationToken);

    /// <summary>The store for reading, or a failure when a SQLite file is missing.</summary>
    public static async Task<(CaseStore? Store, Outcome? Failure)> OpenForReadingAsync(
        string database, CliContext context, CancellationToken cancellationToken)
    {
        var location = StoreLocation.Parse(database);
        if (location.Provider == DatabaseProvider.Sqlite
            && !File.Exists(new SqliteConnectionStringBuilder(location.ConnectionString).DataSource))
        {
            return (null, Outcome.Failed($"there is no store at '{database}' (import a file first, or name the store with --db)"));
        }

        return (await CaseStore.OpenAsync(location, context.Time, cancellationToken).ConfigureAwait(false), null);
    }

    /// <summary>The SQLite file a store location names when that file does not exist yet; otherwise null.</summary>
    public static string? MissingSqliteFile(string database)
    {
        var location = StoreLocation.Parse(database);
        if (location.Provider != DatabaseProvider.Sqlite)
        {
            return null;
        }

        var path = new SqliteConnectionStringBuilder(location.ConnectionString).DataSource;
        return File.Exists(path) ? null : path;
    }

    /// <summary>Removes a SQLite store file and its journals (used for a store a failed import created).</summary>
    public static void DeleteSqliteFile(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
        {
            File.Delete(path + suffix);
        }
    }

    /// <summary>The store as a user may read it in a message: the path, or the connection string without a password.</summary>
    public static string Describe(string database)
    {
        var location = StoreLocation.Parse(database);
        return location.Provider == DatabaseProvider.Sqlite ? database : location.ToString();
    }
}
