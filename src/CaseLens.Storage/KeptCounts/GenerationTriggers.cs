namespace CaseLens.Storage.KeptCounts;

/// <summary>
/// The triggers by which the database itself moves the store's generation on at every change to the
/// notifications, whoever makes it (an import, the web's edits and deletes, an older CaseLens, a
/// person with a SQL prompt): kept counts can then be trusted exactly while the generation they
/// were written for is still current. The migration <c>KeptCounts_Additive</c> creates them from its
/// own copy of these statements, written out as a migration must be; <see cref="Creates"/> (which
/// <see cref="Opening.SchemaCompatibility"/> asks) accepts exactly these, so the test that holds every
/// migration marked readable to its rule fails if the two ever differ. SQLite fires a trigger for each row; PostgreSQL once per statement
/// (<c>TRUNCATE</c> too). The row of <c>store_generation</c> is made by the first change.
/// </summary>
internal static class GenerationTriggers
{
    public const string Table = "store_generation";

    /// <summary>The id of the one row of <c>store_generation</c> and of <c>kept_counts</c>.</summary>
    public const int RowId = 1;

    /// <summary>Moves the generation on by one (making the row at the first change).</summary>
    public const string NextGeneration =
        "INSERT INTO store_generation (id, generation) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET generation = store_generation.generation + 1";

    /// <summary>The current generation, 0 before the first change.</summary>
    public const string CurrentGeneration = "coalesce((SELECT g.generation FROM store_generation g WHERE g.id = 1), 0)";

    /// <summary>SQLite's triggers, by name: one for each kind of change, fired for each row.</summary>
    public static IReadOnlyDictionary<string, string> Sqlite { get; } = new[] { "INSERT", "UPDATE", "DELETE" }.ToDictionary(
        change => $"notifications_generation_{change.ToLowerInvariant()}",
        change => $"CREATE TRIGGER notifications_generation_{change.ToLowerInvariant()} AFTER {change} ON notifications BEGIN {NextGeneration}; END");

    /// <summary>PostgreSQL's trigger function, then its one trigger, fired once per statement.</summary>
    public static IReadOnlyList<string> Postgres { get; } =
    [
        $"CREATE FUNCTION caselens_next_generation() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {NextGeneration}; RETURN NULL; END $$",
        "CREATE TRIGGER notifications_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON notifications FOR EACH STATEMENT EXECUTE FUNCTION caselens_next_generation()",
    ];

    /// <summary>Undoes <see cref="Sqlite"/>.</summary>
    public static IEnumerable<string> DropSqlite => Sqlite.Keys.Select(name => $"DROP TRIGGER {name}");

    /// <summary>Undoes <see cref="Postgres"/>.</summary>
    public static IReadOnlyList<string> DropPostgres { get; } =
        ["DROP TRIGGER notifications_generation ON notifications", "DROP FUNCTION caselens_next_generation()"];

    /// <summary>
    /// Whether <paramref name="sql"/> is one of these statements, which an older version reading the
    /// store never meets: they act only on writes, and no version writes to a store with a
    /// migration it does not know (<see cref="Opening.SchemaCompatibility"/>).
    /// </summary>
    public static bool Creates(string sql) => Sqlite.Values.Contains(sql, StringComparer.Ordinal) || Postgres.Contains(sql, StringComparer.Ordinal);
}
