using CaseLens.Storage.Importing;
using CaseLens.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace CaseLens.Storage.Postgres;

/// <summary>
/// The PostgreSQL import: records stream by binary COPY into a temporary staging table (dropped
/// with the transaction); completing takes the store's writer lock (<see cref="PostgresWriterLock"/>),
/// finds the clashes with one join and then inserts (or, with updates, inserts or replaces)
/// everything with one statement.
/// </summary>
internal sealed class PostgresImportSession<T> : ImportSession<T>
    where T : class
{
    private const string Staging = "caselens_import_staging";
    private const int Chunk = 1000;
    private NpgsqlBinaryImporter? _copy;

    private PostgresImportSession(CaseStoreContext context, IDbContextTransaction transaction, RecordTable<T> table, ImportOptions options, TimeProvider time)
        : base(context, transaction, table, options, time)
    {
    }

    private NpgsqlConnection Connection => (NpgsqlConnection)Context.Database.GetDbConnection();

    public static async Task<ImportSession<T>> StartAsync(CaseStoreContext context, RecordTable<T> table, ImportOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var session = new PostgresImportSession<T>(context, transaction, table, options, time);
        await session.ExecuteAsync(
            $"CREATE TEMP TABLE {Staging} (LIKE {table.Name}) ON COMMIT DROP; " +
            $"ALTER TABLE {Staging} ADD COLUMN import_seq bigint GENERATED ALWAYS AS IDENTITY",
            cancellationToken).ConfigureAwait(false);
        session._copy = await session.Connection
            .BeginBinaryImportAsync($"COPY {Staging} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken)
            .ConfigureAwait(false);
        return session;
    }

    private protected override async ValueTask WriteAsync(T record, CancellationToken cancellationToken)
    {
        var copy = _copy!;
        await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
        foreach (var column in Table.Columns)
        {
            var value = column.Value(record);
            var write = value switch
            {
                null => copy.WriteNullAsync(cancellationToken),
                string text => copy.WriteAsync(text, NpgsqlDbType.Text, cancellationToken),
                int number => copy.WriteAsync(number, NpgsqlDbType.Integer, cancellationToken),
                bool flag => copy.WriteAsync(flag, NpgsqlDbType.Boolean, cancellationToken),
                DateOnly date => copy.WriteAsync(date, NpgsqlDbType.Date, cancellationToken),
                _ => throw new InvalidOperationException($"Column {column.Name} holds an unexpected {value.GetType().Name}."),
            };
            await write.ConfigureAwait(false);
        }
    }

    private protected override async Task<(int Inserted, int Updated, int Unchanged, IReadOnlyList<string> Clashes)> FinishAsync(CancellationToken cancellationToken)
    {
        await _copy!.CompleteAsync(cancellationToken).ConfigureAwait(false);
        await _copy.DisposeAsync().ConfigureAwait(false);
        _copy = null;

        // From here to the commit no other writer changes case data, so the clashes found, and the
        // records audited as replaced, are still what is stored when this import commits.
        await PostgresWriterLock.TakeAsync(Connection, Transaction.GetDbTransaction(), cancellationToken).ConfigureAwait(false);
        var key = Table.KeyColumn;
        var stored = await ReadIdsAsync(
            $"SELECT DISTINCT s.{key} FROM {Staging} s JOIN {Table.Name} t ON t.{key} = s.{key}", cancellationToken).ConfigureAwait(false);
        var repeated = await ReadIdsAsync(
            $"SELECT {key} FROM {Staging} GROUP BY {key} HAVING count(*) > 1", cancellationToken).ConfigureAwait(false);
        var clashes = stored.Union(repeated).Order(StringComparer.Ordinal).ToList();
        if (clashes.Count > 0 && !Options.Update)
        {
            return (0, 0, 0, clashes);
        }

        var unchanged = 0;
        foreach (var ids in stored.Chunk(Chunk))
        {
            unchanged += await AuditChunkAsync(ids, cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync(
            $"INSERT INTO {Table.Name} ({Table.ColumnList}) " +
            $"SELECT DISTINCT ON ({key}) {Table.ColumnList} FROM {Staging} ORDER BY {key}, import_seq DESC" + (Options.Update ? Replacing() : string.Empty),
            cancellationToken).ConfigureAwait(false);
        var inserted = await CountAsync($"SELECT count(DISTINCT {key}) FROM {Staging}", cancellationToken).ConfigureAwait(false) - stored.Count;
        return (inserted, stored.Count - unchanged, unchanged, clashes);
    }

    /// <summary>
    /// The clause that lets an update replace stored rows. Without updates there is none: the
    /// clashes were refused above, under the writer lock, and a row stored after all would break
    /// the key and fail the import rather than be overwritten.
    /// </summary>
    private string Replacing()
    {
        // A stored row whose values are all the same is left as it is (no new row version).
        var values = Table.Columns.Skip(1).Select(c => c.Name).ToList();
        var sets = string.Join(", ", values.Select(c => $"{c} = EXCLUDED.{c}"));
        var differs = $"({string.Join(", ", values.Select(c => $"{Table.Name}.{c}"))}) IS DISTINCT FROM ({string.Join(", ", values.Select(c => $"EXCLUDED.{c}"))})";
        return $" ON CONFLICT ({Table.KeyColumn}) DO UPDATE SET {sets} WHERE {differs}";
    }

    private protected override async ValueTask DisposeWriterAsync()
    {
        if (_copy is not null)
        {
            // Disposing an unfinished COPY cancels it; the transaction then rolls back.
            await _copy.DisposeAsync().ConfigureAwait(false);
            _copy = null;
        }
    }

    /// <summary>Audits the replacement of the stored records with these ids; returns how many are unchanged.</summary>
    private async Task<int> AuditChunkAsync(string[] ids, CancellationToken cancellationToken)
    {
        var property = Table.Columns[0].Property;
        var before = await Context.Set<T>().AsNoTracking()
            .Where(e => ids.Contains(EF.Property<string>(e, property)))
            .ToDictionaryAsync(Table.KeyOf, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
#pragma warning disable EF1002 // The SQL is built from the fixed table and column names; the ids are a parameter.
        var after = await Context.Set<T>()
            .FromSqlRaw(
                $"SELECT DISTINCT ON ({Table.KeyColumn}) {Table.ColumnList} FROM {Staging} WHERE {Table.KeyColumn} = ANY(@ids) ORDER BY {Table.KeyColumn}, import_seq DESC",
                new NpgsqlParameter("ids", ids))
            .AsNoTracking()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
#pragma warning restore EF1002
        var unchanged = 0;
        foreach (var record in after)
        {
            var stored = before[Table.KeyOf(record)];
            if (Differs(stored, record))
            {
                await AuditUpdateAsync(stored, record, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                unchanged++;
            }
        }

        return unchanged;
    }

    private async Task<List<string>> ReadIdsAsync(string sql, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await using var command = Command(sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private async Task<int> CountAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

#pragma warning disable CA2100 // The SQL is built from the fixed table and column names, never from input.
    private NpgsqlCommand Command(string sql) => new(sql, Connection, (NpgsqlTransaction)Transaction.GetDbTransaction());
#pragma warning restore CA2100
}
