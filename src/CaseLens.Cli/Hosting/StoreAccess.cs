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

    /// <summary>The store as a user may read it in a message: the path, or the connection string without a password.</summary>
    public static string Describe(string database)
    {
        var location = StoreLocation.Parse(database);
        return location.Provider == DatabaseProvider.Sqlite ? database : location.ToString();
    }
}
