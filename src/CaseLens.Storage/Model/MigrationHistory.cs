using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace CaseLens.Storage.Model;

/// <summary>
/// Whether a store's schema is up to date, found without building EF's model: the migrations this
/// assembly knows (by their <see cref="MigrationAttribute"/> and <see cref="DbContextAttribute"/>)
/// against the ids in <c>__EFMigrationsHistory</c>, read with plain ADO.NET. Reading writes nothing.
/// </summary>
internal static class MigrationHistory
{
    private const string Table = "__EFMigrationsHistory";

    /// <summary>The ids of the migrations of <paramref name="context"/>, in order.</summary>
    public static IReadOnlyList<string> KnownIds(Type context) =>
        [.. typeof(MigrationHistory).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == context)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];

    /// <summary>Whether some migration of the store's provider is not recorded as applied (or the history table is missing).</summary>
    public static async Task<bool> AnyPendingAsync(StoreLocation location, CancellationToken cancellationToken)
    {
        var sqlite = location.Provider == DatabaseProvider.Sqlite;
        if (sqlite && !File.Exists(new SqliteConnectionStringBuilder(location.ConnectionString).DataSource))
        {
            // No file yet: opening a connection would make an empty one, and EF would then not
            // create the store its own way (in WAL mode). Migrating creates it.
            return true;
        }

        var known = KnownIds(sqlite ? typeof(SqliteCaseStoreContext) : typeof(PostgresCaseStoreContext));
        await using var connection = sqlite
            ? (DbConnection)new SqliteConnection(location.ConnectionString)
            : new NpgsqlConnection(location.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            // No database yet: migrating creates it, as EF does.
            return true;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sqlite
            ? $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{Table}'"
            : $"SELECT count(*) FROM (SELECT to_regclass('\"{Table}\"') AS t) found WHERE t IS NOT NULL";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return true;
        }

        command.CommandText = $"SELECT \"MigrationId\" FROM \"{Table}\"";
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            applied.Add(reader.GetString(0));
        }

        return known.Any(id => !applied.Contains(id));
    }
}
