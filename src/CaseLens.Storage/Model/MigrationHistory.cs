using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseLens.Storage.Model;

/// <summary>
/// The migrations this assembly knows (by their <see cref="MigrationAttribute"/> and
/// <see cref="DbContextAttribute"/>) and the ids a store records as applied in
/// <c>__EFMigrationsHistory</c>, read with plain ADO.NET, without building EF's model. Reading
/// writes nothing.
/// </summary>
internal static class MigrationHistory
{
    /// <summary>EF's table of applied migrations (one history for every context of a store).</summary>
    public const string Table = "__EFMigrationsHistory";

    /// <summary>The table EF locks while it migrates; it is not a sign of another program's data.</summary>
    public const string LockTable = "__EFMigrationsLock";

    private static readonly Lazy<IReadOnlyList<(Type Context, string Id)>> Migrations = new(() =>
        [.. typeof(MigrationHistory).Assembly.GetTypes()
            .Select(t => (Context: t.GetCustomAttribute<DbContextAttribute>()?.ContextType, Id: t.GetCustomAttribute<MigrationAttribute>()?.Id))
            .Where(m => m.Context is not null && m.Id is not null)
            .Select(m => (m.Context!, m.Id!))]);

    /// <summary>The ids of the migrations of <paramref name="context"/>, in order.</summary>
    public static IReadOnlyList<string> KnownIds(Type context) =>
        [.. Migrations.Value.Where(m => m.Context == context).Select(m => m.Id).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Every migration id of this assembly, of every context and provider: the case store's, and any
    /// other whose tables share the store (the web's sign-in tables, say). An applied id outside this
    /// set was written by a newer CaseLens.
    /// </summary>
    public static IReadOnlySet<string> AllKnownIds { get; } = new HashSet<string>(Migrations.Value.Select(m => m.Id), StringComparer.Ordinal);

    /// <summary>The ids recorded as applied, in order; null when the store has no history table.</summary>
    public static async Task<IReadOnlyList<string>?> ReadAppliedAsync(DbConnection connection, bool sqlite, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = sqlite
            ? $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{Table}'"
            : $"SELECT count(*) FROM (SELECT to_regclass('\"{Table}\"') AS t) found WHERE t IS NOT NULL";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 0)
        {
            return null;
        }

        command.CommandText = $"SELECT \"MigrationId\" FROM \"{Table}\" ORDER BY \"MigrationId\"";
        var applied = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            applied.Add(reader.GetString(0));
        }

        return applied;
    }
}
