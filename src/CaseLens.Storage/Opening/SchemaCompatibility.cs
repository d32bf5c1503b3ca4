using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace CaseLens.Storage.Opening;

/// <summary>
/// When an older CaseLens may read a store a newer one has migrated. A migration whose name ends in
/// <see cref="ReadableMarker"/> (<c>dotnet ef migrations add AddReviewNote_Additive</c>) only adds
/// things an older reader does not look at: tables, columns, indexes, keys and constraints
/// (<see cref="ReadableOperations"/>). It drops, renames or alters nothing, so every query an older
/// version makes still means what it meant. The oldest schema that can read a store is therefore
/// that of its newest migration <em>not</em> so marked: a version reads a store when it knows every
/// applied migration but additive ones. It never writes to a store with a migration it does not
/// know, additive or not (the newer version may keep rules, such as audit details, it cannot).
/// </summary>
public static class SchemaCompatibility
{
    /// <summary>The end of a migration id that marks the migration as readable by older versions.</summary>
    public const string ReadableMarker = "_Additive";

    /// <summary>Whether the migration <paramref name="migrationId"/> is marked readable by older versions.</summary>
    public static bool IsMarkedReadable(string migrationId)
    {
        ArgumentNullException.ThrowIfNull(migrationId);
        return migrationId.EndsWith(ReadableMarker, StringComparison.Ordinal);
    }

    /// <summary>Whether a version that does not know <paramref name="unknownMigrations"/> may still read the store.</summary>
    public static bool Readable(IEnumerable<string> unknownMigrations) => unknownMigrations.All(IsMarkedReadable);

    /// <summary>The operations a migration marked readable may hold.</summary>
    public static IReadOnlySet<Type> ReadableOperations { get; } = new HashSet<Type>
    {
        typeof(EnsureSchemaOperation),
        typeof(CreateTableOperation),
        typeof(AddColumnOperation),
        typeof(CreateIndexOperation),
        typeof(AddPrimaryKeyOperation),
        typeof(AddForeignKeyOperation),
        typeof(AddUniqueConstraintOperation),
        typeof(AddCheckConstraintOperation),
        typeof(CreateSequenceOperation),
    };

    /// <summary>
    /// The operations of <paramref name="migration"/> that an older reader could trip on (drops,
    /// renames, alterations, raw SQL): empty when the marker is deserved. A test holds every marked
    /// migration of the product to it.
    /// </summary>
    public static IReadOnlyList<MigrationOperation> UnreadableOperations(Migration migration)
    {
        ArgumentNullException.ThrowIfNull(migration);
        return [.. migration.UpOperations.Where(o => !ReadableOperations.Contains(o.GetType()) && !IsGenerationTrigger(o))];
    }

    /// <summary>
    /// The store generation's triggers and function, word for word (<see cref="KeptCounts.GenerationTriggers"/>):
    /// they act only when the notifications are written, which a version that does not know them never does.
    /// </summary>
    private static bool IsGenerationTrigger(MigrationOperation operation) =>
        operation is SqlOperation sql && KeptCounts.GenerationTriggers.Creates(sql.Sql);
}
