namespace CaseLens.Storage.Opening;

/// <summary>A SQLite store on disk: its file and the journals SQLite keeps beside it.</summary>
internal static class SqliteStoreFiles
{
    /// <summary>Deletes the store file <paramref name="file"/> and its write-ahead log, shared-memory index and rollback journal; missing ones are no error.</summary>
    public static void Delete(string file)
    {
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
        {
            File.Delete(file + suffix);
        }
    }
}
