using CaseLens.Domain.Problems;
using CaseLens.Storage;
using CaseLens.Storage.Opening;
using Microsoft.Data.Sqlite;

namespace CaseLens.Application.Stores;

/// <summary>
/// Opens the store a use case works on, for what it does with it (<see cref="StoreUse"/>): only an
/// import (and <c>store init</c>) may create or migrate a store; use cases that read refuse a
/// missing, empty, foreign, older or incompatible newer store and change nothing.
/// </summary>
public static class StoreAccess
{
    /// <summary>The store for an import: created or migrated when needed; else a refusal (another program's database, a newer CaseLens's store).</summary>
    internal static Task<Result<CaseStore>> OpenForWritingAsync(
        StoreAddress address, UnixFileMode newFileMode, TimeProvider time, CancellationToken cancellationToken) =>
        OpenAsync(address, StoreUse.Create(newFileMode), time, cancellationToken);

    /// <summary>The store for reading, or a refusal when it is missing or cannot be read by this version.</summary>
    public static Task<Result<CaseStore>> OpenForReadingAsync(StoreAddress address, TimeProvider time, CancellationToken cancellationToken) =>
        OpenAsync(address, StoreUse.Read, time, cancellationToken);

    /// <summary>The SQLite file an address names when that file does not exist yet; otherwise null.</summary>
    internal static string? MissingSqliteFile(StoreAddress address) =>
        address.Location.SqliteFile is { } file && !File.Exists(file) ? file : null;

    /// <summary>Removes a SQLite store file and its journals (used for a store a failed import created).</summary>
    internal static void DeleteSqliteFile(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
        {
            File.Delete(path + suffix);
        }
    }

    private static async Task<Result<CaseStore>> OpenAsync(StoreAddress address, StoreUse use, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var opened = await StoreOpening.OpenAsync(address.Location, use, time, cancellationToken).ConfigureAwait(false);
        return opened.Succeeded ? Result<CaseStore>.Ok(opened.Value.Store) : Result<CaseStore>.Fail(opened.Kind!.Value, opened.Problems);
    }
}
