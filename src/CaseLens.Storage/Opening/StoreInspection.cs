namespace CaseLens.Storage.Opening;

/// <summary>
/// A store as found, read without writing: its <see cref="Condition"/>, the migrations of this
/// version it has not applied (<see cref="Pending"/>), those it has applied that this version does
/// not know (<see cref="Unknown"/>: a newer CaseLens), and for SQLite the location to read it through
/// (read-only or immutable when its folder cannot be written).
/// </summary>
internal sealed record StoreInspection(
    StoreCondition Condition,
    IReadOnlyList<string> Pending,
    IReadOnlyList<string> Unknown,
    StoreLocation Reading,
    string? Detail = null)
{
    public static StoreInspection Missing(StoreLocation location) => new(StoreCondition.Missing, [], [], location);

    public static StoreInspection Empty(StoreLocation location) => new(StoreCondition.Empty, [], [], location);

    public static StoreInspection Foreign(StoreLocation location, string detail) => new(StoreCondition.Foreign, [], [], location, detail);

    /// <summary>
    /// Classifies a database by its history (null when it has no history table) and its count of other
    /// tables: no tables and no history is empty; a history naming a migration this assembly knows is
    /// a CaseLens store; anything else belongs to another program.
    /// </summary>
    public static StoreInspection Of(StoreLocation reading, IReadOnlyList<string>? applied, long otherTables, IReadOnlyList<string> known)
    {
        if ((applied is null || applied.Count == 0) && otherTables == 0)
        {
            return Empty(reading);
        }

        if (applied is null || !applied.Any(Model.MigrationHistory.AllKnownIds.Contains))
        {
            return Foreign(reading, applied is null
                ? $"it holds {otherTables} table(s) of another program and no CaseLens migration history"
                : "its migration history names no CaseLens migration");
        }

        return new StoreInspection(
            StoreCondition.CaseLens,
            [.. known.Except(applied, StringComparer.Ordinal)],
            [.. applied.Where(id => !Model.MigrationHistory.AllKnownIds.Contains(id))],
            reading);
    }
}
