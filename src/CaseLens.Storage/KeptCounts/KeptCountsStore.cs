using System.Data.Common;
using System.Globalization;

namespace CaseLens.Storage.KeptCounts;

/// <summary>The SQL of <c>kept_counts</c>, the same on both databases, on a connection the caller holds.</summary>
internal static class KeptCountsStore
{
    public const string Table = "kept_counts";

    /// <summary>
    /// Inside an import's transaction, after its writes (and, on SQLite, after the generation was
    /// moved on for them): when the table holds exactly the <paramref name="inserted"/> rows the
    /// import added (so the store held no notification before it), keeps <paramref name="counts"/>
    /// for the generation the import leaves; otherwise writes nothing and whatever is kept stays stale.
    /// </summary>
    public static async Task<bool> KeepIfOnlyImportAsync(
        DbConnection connection, DbTransaction transaction, string table, int inserted, int format, byte[] counts, CancellationToken cancellationToken)
    {
#pragma warning disable CA2100 // The SQL is built from the fixed table names, never from input.
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT count(*) FROM {table}";
        var stored = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        if (stored != inserted)
        {
            return false;
        }

        command.CommandText = $"DELETE FROM {Table}";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        command.CommandText = $"INSERT INTO {Table} (id, format, generation, counts) VALUES ({GenerationTriggers.RowId}, @format, {GenerationTriggers.CurrentGeneration}, @counts)";
#pragma warning restore CA2100
        Add(command, "format", format);
        Add(command, "counts", counts);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// The counts kept in <paramref name="format"/> when the store's generation is still the one they
    /// were written for; otherwise null. One statement: one snapshot of the counts and the generation.
    /// </summary>
    public static async Task<byte[]?> ReadCurrentAsync(DbConnection connection, int format, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT k.counts FROM {Table} k WHERE k.id = {GenerationTriggers.RowId} AND k.format = @format AND k.generation = {GenerationTriggers.CurrentGeneration}";
        Add(command, "format", format);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[];
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
