using CaseLens.Storage.Model;

namespace CaseLens.Storage.KeptCounts;

/// <summary>
/// The counts of every notification of a store, kept beside them by the import that stored them
/// all into an empty store (<see cref="Importing.ImportSession{T}.KeepCounts"/>), so that a report
/// of the whole store need not read every row. They are opaque bytes here (the analysis writes and
/// reads them) and are given out only while the store's generation, moved on by the database at
/// every change to the notifications (<see cref="GenerationTriggers"/>), is still the one they count.
/// </summary>
public sealed class KeptNotificationCounts
{
    private readonly StoreDatabase _database;

    /// <summary>The kept counts of <paramref name="store"/>.</summary>
    public KeptNotificationCounts(CaseStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _database = store.Database;
    }

    /// <summary>
    /// The counts kept in <paramref name="format"/>, when they count exactly what the store holds
    /// now; null when there are none, they are of another format, or the store changed since. Reads only.
    /// </summary>
    public async Task<byte[]?> ReadCurrentAsync(int format, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await KeptCountsStore.ReadCurrentAsync(connection, format, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether <paramref name="table"/> is the table whose counts are kept.</summary>
    internal static bool Counts(string table) => table == NotificationTable.Instance.Name;
}
