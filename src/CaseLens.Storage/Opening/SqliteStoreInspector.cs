using System.Globalization;
using CaseLens.Domain.Problems;
using CaseLens.Storage.Model;
using Microsoft.Data.Sqlite;

namespace CaseLens.Storage.Opening;

/// <summary>Finds what a SQLite store location holds, opening the file read-only (or immutable) and writing nothing.</summary>
internal static class SqliteStoreInspector
{
    public static async Task<Result<StoreInspection>> InspectAsync(StoreLocation location, CancellationToken cancellationToken)
    {
        var file = location.SqliteFile!;
        if (Directory.Exists(file))
        {
            return Ok(StoreInspection.Foreign(location, "it is a folder"));
        }

        if (DanglingLink(file))
        {
            return Ok(StoreInspection.Foreign(location, "it is a symbolic link to nothing, and a store is not created through a link"));
        }

        if (!File.Exists(file))
        {
            return Ok(StoreInspection.Missing(location));
        }

        if (new FileInfo(file).Length == 0 && !File.Exists(file + "-wal"))
        {
            return Ok(StoreInspection.Empty(location));
        }

        var access = SqliteReadAccess.Find(file, location.ToString());
        if (!access.Succeeded)
        {
            return access.Problems[0].Code == SqliteReadAccess.NotADatabase
                ? Ok(StoreInspection.Foreign(location, access.Problems[0].Message))
                : Result<StoreInspection>.Fail(access.Kind!.Value, access.Problems);
        }

        var reading = new SqliteConnectionStringBuilder(access.Value) { Pooling = false };
        await using var connection = new SqliteConnection(reading.ToString());
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
            + $"AND name NOT IN ('{MigrationHistory.Table}', '{MigrationHistory.LockTable}')";
        var others = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        var applied = await MigrationHistory.ReadAppliedAsync(connection, sqlite: true, cancellationToken).ConfigureAwait(false);
        return Ok(StoreInspection.Of(location.With(access.Value), applied, others, MigrationHistory.KnownIds(typeof(SqliteCaseStoreContext))));
    }

    /// <summary>Whether <paramref name="file"/> is a symbolic link to nothing (which .NET reports as an existing file).</summary>
    private static bool DanglingLink(string file)
    {
        var info = new FileInfo(file);
        try
        {
            return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true };
        }
        catch (IOException)
        {
            // A loop of links.
            return true;
        }
    }

    private static Result<StoreInspection> Ok(StoreInspection inspection) => Result<StoreInspection>.Ok(inspection);
}
