using Microsoft.Data.Sqlite;

namespace CaseLens.Storage.Opening;

/// <summary>
/// The whole schema of a new SQLite store as one SQL script (<c>NewSqliteSchema.sql</c>, embedded):
/// every table, index, trigger and full-text table the migrations make, in the order they make them,
/// and the rows they leave (the migration history among them). A new store is made by running it in
/// one transaction instead of replaying the migrations: EF builds each migration's model and
/// generates its SQL first, about 0.3 s of CPU a new store, and an import into a new store waited
/// for it. A store that exists is still migrated by EF (<see cref="StoreMigration"/>).
/// </summary>
/// <remarks>
/// The script is a golden file: a test migrates an empty store with EF, writes the script from it and
/// compares it with this one, and another makes a store both ways and compares them whole. A new
/// migration fails the first until the script is written again (<c>CASELENS_UPDATE_GOLDEN=1</c>).
/// </remarks>
internal static class NewSqliteSchema
{
    private const string ResourceName = "CaseLens.Storage.Opening.NewSqliteSchema.sql";

    /// <summary>The script, read once from the assembly.</summary>
    public static string Script => LazyScript.Value;

    private static readonly Lazy<string> LazyScript = new(() =>
    {
        using var stream = typeof(NewSqliteSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>
    /// Makes the schema in the empty SQLite file <paramref name="file"/>, in WAL mode, in one
    /// transaction; the connection is closed (not pooled) when this returns, so the log is checkpointed
    /// into the file.
    /// </summary>
    public static async Task ApplyAsync(string file, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (var wal = connection.CreateCommand())
            {
                // WAL before the first table, as the migrations have it (StoreMigration).
                wal.CommandText = "PRAGMA journal_mode = 'wal'";
                await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
#pragma warning disable CA2100 // The script is the assembly's own resource, not input.
                command.CommandText = Script;
#pragma warning restore CA2100
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
