using Microsoft.EntityFrameworkCore;

namespace CaseLens.Storage.Opening;

/// <summary>Applies the pending migrations of a store (creating a missing PostgreSQL database, as EF does); only <see cref="StoreUseKind.Create"/> gets here.</summary>
internal static class StoreMigration
{
    public static async Task ApplyAsync(CaseStore store, CancellationToken cancellationToken)
    {
        await using var context = store.CreateContext();
        if (store.Location.Provider == DatabaseProvider.Sqlite)
        {
            // WAL before the first table, too: leaving rollback-journal mode later needs every other
            // connection gone, and another import may already be waiting on the new store by then.
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = 'wal'", cancellationToken).ConfigureAwait(false);
        }

        await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (store.Location.Provider == DatabaseProvider.Sqlite)
        {
            // EF puts a store it creates in WAL mode, but not an empty file it finds (and a new store's
            // file is made empty first, for its permissions): say so outright, so that readers and an
            // import never block each other. The mode is kept in the file.
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = 'wal'", cancellationToken).ConfigureAwait(false);
        }
    }
}
