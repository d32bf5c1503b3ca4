namespace CaseLens.Storage.Sqlite;

/// <summary>
/// How long a SQLite writer waits for another writer's lock before it gives up: long, rather than the
/// driver's 30 s, because two boards importing at once on a busy machine must both land, one after the
/// other, instead of one failing with "database is locked".
/// </summary>
internal static class SqliteLockWait
{
    public static readonly TimeSpan Writer = TimeSpan.FromMinutes(10);
}
