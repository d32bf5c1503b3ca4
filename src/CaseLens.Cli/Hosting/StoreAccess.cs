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
    public static Task<CaseStore> OpenForWritingAsync(StoreLocation location, CliContext context, CancellationToken cancellationToken) =>
        CaseStore.OpenAsync(location, context.Time, cancellationToken);

    /// <summary>The store for reading, or a failure when a SQLite file is missing.</summary>
    public static async Task<(CaseStore? Store, Outcome? Failure)> OpenForReadingAsync(
        StoreLocation location, CliContext context, CancellationToken cancellationToken)
    {
        if (location.SqliteFile is { } file && !File.Exists(file))
        {
            return (null, Outcome.Failed($"there is no store at {location} (import a file first, or name the store with --db)"));
        }

        return (await CaseStore.OpenAsync(location, context.Time, cancellationToken).ConfigureAwait(false), null);
    }

    /// <summary>The SQLite file a store location names when that file does not exist yet; otherwise null.</summary>
    public static string? MissingSqliteFile(StoreLocation location) =>
        location.SqliteFile is { } file && !File.Exists(file) ? file : null;

    /// <summary>Removes a SQLite store file and its journals (used for a store a failed import created).</summary>
    public static void DeleteSqliteFile(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
        {
            File.Delete(path + suffix);
        }
    }
}
