using CaseLens.Domain.Problems;
using CaseLens.Storage.Locations;
using Microsoft.Data.Sqlite;

namespace CaseLens.Storage.Opening;

/// <summary>
/// Opens a store for a <see cref="StoreUse"/>. The store is first inspected without writing a byte
/// (<see cref="SqliteStoreInspector"/>, <see cref="PostgresStoreInspector"/>); <see cref="StorePolicy"/>
/// decides whether the use may go ahead; only <see cref="StoreUseKind.Create"/> then creates the store
/// (a SQLite file made with its permissions before SQLite opens it) or migrates it. A reader gets a
/// store that reads through a read-only or immutable connection when the file's folder cannot be
/// written, and a read-write one otherwise (a report holds the write lock, writing nothing, to read
/// one state in parallel).
/// </summary>
public static class StoreOpening
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteCannotOpen = 14;

    /// <summary>How many times a new store is looked at again while another process is creating it (with pauses, about a minute).</summary>
    private const int MaxCreateAttempts = 240;

    public static Task<Result<OpenedStore>> OpenAsync(
        StoreLocation location, StoreUse use, TimeProvider? time = null, CancellationToken cancellationToken = default) =>
        OpenAsync(location, use, time, cancellationToken, 1);

    private static async Task<Result<OpenedStore>> OpenAsync(
        StoreLocation location, StoreUse use, TimeProvider? time, CancellationToken cancellationToken, int attempt)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(use);
        var clock = time ?? TimeProvider.System;
        Result<StoreInspection> inspected;
        try
        {
            inspected = location.Provider == DatabaseProvider.Sqlite
                ? await SqliteStoreInspector.InspectAsync(location, cancellationToken).ConfigureAwait(false)
                : await PostgresStoreInspector.InspectAsync(location, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteCannotOpen && !File.Exists(location.SqliteFile) && attempt < MaxCreateAttempts)
        {
            // The file went between finding it and opening it (a failed import that made it took it
            // away again): look again, and find it missing.
            return await OpenAsync(location, use, time, cancellationToken, attempt + 1).ConfigureAwait(false);
        }

        if (!inspected.Succeeded)
        {
            return Result<OpenedStore>.Fail(inspected.Kind!.Value, inspected.Problems);
        }

        var found = inspected.Value;
        if (StorePolicy.Refusal(location, found, use) is { } refusal)
        {
            return Result<OpenedStore>.Fail(refusal.Kind!.Value, refusal.Problems);
        }

        if (use.Kind != StoreUseKind.Create)
        {
            return Result<OpenedStore>.Ok(new OpenedStore(new CaseStore(Connection(location, found, use), clock), false, []));
        }

        if (found.Condition == StoreCondition.CaseLens && found.Pending.Count == 0)
        {
            // Opened read-write without creating: if the file is removed meanwhile (a failed import
            // that made it takes it away again), a connection must fail rather than make a new, empty one.
            return Result<OpenedStore>.Ok(new OpenedStore(new CaseStore(Connection(location, found, StoreUse.Write), clock), false, []));
        }

        var created = found.Condition == StoreCondition.Missing;
        if (created && location.Provider == DatabaseProvider.Sqlite)
        {
            // Built whole under a name of its own, then named; if another process named its store
            // first, that one is used. Either way, look again at what the name holds now.
            var named = await NewSqliteStore.BuildAsync(location, use.NewFileMode, cancellationToken).ConfigureAwait(false);
            var again = await OpenAsync(location, use, time, cancellationToken, attempt).ConfigureAwait(false);
            return named && again.Succeeded
                ? Result<OpenedStore>.Ok(again.Value with { Created = true, Applied = KnownMigrations(location) })
                : again;
        }

        var store = new CaseStore(location, clock);
        try
        {
            await StoreMigration.ApplyAsync(store, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteBusy or SqliteLocked && attempt < MaxCreateAttempts)
        {
            // Another process is creating or migrating the same new store file: once it is done the
            // store needs nothing more, so look at it again rather than fail a valid import. The pause
            // is real time, not the store's TimeProvider: it waits for another process, not for a date.
            await store.DisposeAsync().ConfigureAwait(false);
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(100, 400)), cancellationToken).ConfigureAwait(false);
            return await OpenAsync(location, use, time, cancellationToken, attempt + 1).ConfigureAwait(false);
        }

        var applied = found.Condition == StoreCondition.CaseLens ? found.Pending : KnownMigrations(location);
        return Result<OpenedStore>.Ok(new OpenedStore(store, created, applied));
    }

    /// <summary>As <see cref="OpenAsync(StoreLocation, StoreUse, TimeProvider?, CancellationToken)"/>, throwing <see cref="StoreRefusedException"/> on a refusal.</summary>
    public static async Task<CaseStore> OpenOrThrowAsync(StoreLocation location, StoreUse use, TimeProvider? time, CancellationToken cancellationToken)
    {
        var opened = await OpenAsync(location, use, time, cancellationToken).ConfigureAwait(false);
        return opened.Succeeded ? opened.Value.Store : throw new StoreRefusedException(opened.Problems);
    }

    /// <summary>The connection a reader or writer of an existing store goes through.</summary>
    private static StoreLocation Connection(StoreLocation location, StoreInspection found, StoreUse use)
    {
        if (location.Provider != DatabaseProvider.Sqlite)
        {
            return location;
        }

        // Never create the file (it might be removed meanwhile); read-write when it can be.
        var file = location.SqliteFile!;
        var readWrite = location.With(SqliteLocation.ReadWrite(file));
        if (use.Kind == StoreUseKind.Write)
        {
            return readWrite;
        }

        var immutable = found.Reading.ConnectionString.Contains("immutable=1", StringComparison.Ordinal);
        return !immutable && SqliteReadAccess.Writable(file) ? readWrite : found.Reading;
    }

    private static IReadOnlyList<string> KnownMigrations(StoreLocation location) =>
        Model.MigrationHistory.KnownIds(location.Provider == DatabaseProvider.Sqlite ? typeof(Model.SqliteCaseStoreContext) : typeof(Model.PostgresCaseStoreContext));
}
