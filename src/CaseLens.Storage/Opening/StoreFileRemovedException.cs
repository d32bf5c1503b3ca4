namespace CaseLens.Storage.Opening;

/// <summary>
/// A SQLite import's store file was taken away while the import waited for its write lock: a failed
/// import that created the same new store removed it (<see cref="NewStoreRemoval"/>). Committing
/// then would land the rows in a file nobody can open any more and report success, so the import
/// checks, under the write lock, just before it commits.
/// </summary>
public sealed class StoreFileRemovedException : IOException
{
    private StoreFileRemovedException(string message)
        : base(message)
    {
    }

    /// <summary>Throws when <paramref name="file"/> is no longer there.</summary>
    public static void ThrowIfRemoved(string file)
    {
        if (!File.Exists(file))
        {
            throw new StoreFileRemovedException(
                $"the store file '{Path.GetFileName(file)}' was removed by another import that created it and then failed, while this import waited for it; nothing was stored. Run the import again.");
        }
    }
}
