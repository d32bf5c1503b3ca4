namespace CaseLens.Storage.Opening;

/// <summary>What was found at a store location before anything was written to it.</summary>
internal enum StoreCondition
{
    /// <summary>No SQLite file, or no PostgreSQL database of that name.</summary>
    Missing,

    /// <summary>An empty SQLite file, or a PostgreSQL database without tables.</summary>
    Empty,

    /// <summary>Something else: another program's tables, a file that is not SQLite, a folder.</summary>
    Foreign,

    /// <summary>A store with CaseLens migrations in its history.</summary>
    CaseLens,
}
