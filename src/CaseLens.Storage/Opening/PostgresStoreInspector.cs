using System.Globalization;
using CaseLens.Domain.Problems;
using CaseLens.Storage.Model;
using Npgsql;

namespace CaseLens.Storage.Opening;

/// <summary>
/// Finds what a PostgreSQL store location holds: whether the database exists (asking the server,
/// never creating it), its tables outside the system schemas, and its migration history.
/// </summary>
internal static class PostgresStoreInspector
{
    public static async Task<Result<StoreInspection>> InspectAsync(StoreLocation location, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(location.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return Result<StoreInspection>.Ok(StoreInspection.Missing(location));
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') "
            + $"AND tablename NOT IN ('{MigrationHistory.Table}', '{MigrationHistory.LockTable}')";
        var others = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        var applied = await MigrationHistory.ReadAppliedAsync(connection, sqlite: false, cancellationToken).ConfigureAwait(false);
        return Result<StoreInspection>.Ok(StoreInspection.Of(location, applied, others, MigrationHistory.KnownIds(typeof(PostgresCaseStoreContext))));
    }
}
