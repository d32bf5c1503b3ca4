using CaseLens.Domain.Identity;
using CaseLens.Storage.Importing;
using CaseLens.Storage.Model;
using CaseLens.Storage.Querying;
using Npgsql;
using NpgsqlTypes;

namespace CaseLens.Storage.Postgres;

/// <summary>
/// The PostgreSQL import: records stream by binary COPY into a temporary staging table (dropped
/// with the transaction); completing takes the store's writer lock (<see cref="PostgresWriterLock"/>),
/// finds the clashes with one join on the case key (<c>upper(case_id)</c>, the unique index
/// <c>ix_…_case_key</c>) and then inserts (or, with updates, inserts or replaces) everything with
/// one statement.
/// </summary>
internal sealed class PostgresImportSession<T> : ImportSession<T>
    where T : class
{
    private const string Staging = "caselens_import_staging";
    private const int Chunk = 1000;
    private NpgsqlBinaryImporter? _copy;

    private PostgresImportSession(NpgsqlConnection connection, NpgsqlTransaction transaction, RecordTable<T> table, ImportOptions options, TimeProvider time)
        : base(connection, transaction, table, options, time)
    {
    }

    private new NpgsqlConnection Connection => (NpgsqlConnection)base.Connection;

    /// <summary>Opens a connection of the session's own to the store, begins the import's transaction and starts the COPY.</summary>
    public static async Task<ImportSession<T>> StartAsync(string connectionString, RecordTable<T> table, ImportOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            // Read before the writer lock is taken: a hint, checked again when the counts are kept.
            await using var held = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {table.Name})", connection, transaction);
            var empty = await held.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is false;
            var session = new PostgresImportSession<T>(connection, transaction, table, options, time) { MayKeepCounts = empty };
            await session.ExecuteAsync(
                $"CREATE TEMP TABLE {Staging} (LIKE {table.Name}) ON COMMIT DROP; " +
                $"ALTER TABLE {Staging} ADD COLUMN import_seq bigint GENERATED ALWAYS AS IDENTITY",
                cancellationToken).ConfigureAwait(false);
            session._copy = await connection
                .BeginBinaryImportAsync($"COPY {Staging} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken)
                .ConfigureAwait(false);
            session._copy.Timeout = TimeSpan.Zero;
            return session;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
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

    private protected override async Task<FinishedImport> FinishAsync(CancellationToken cancellationToken)
    {
        await _copy!.CompleteAsync(cancellationToken).ConfigureAwait(false);
        await _copy.DisposeAsync().ConfigureAwait(false);
        _copy = null;

        // From here to the commit no other writer changes case data, so the clashes found, and the
        // records audited as replaced, are still what is stored when this import commits.
        await PostgresWriterLock.TakeAsync(Connection, Transaction, cancellationToken).ConfigureAwait(false);
        var key = Table.KeyColumn;

        // The unique index on upper(case_id) finds stored ids equal to an imported one or differing only in letter case.
        var stored = new List<string>();
        var caseKeyClashes = new List<CaseKeyClash>();
        foreach (var (imported, storedAs) in await ReadPairsAsync(
            $"SELECT DISTINCT s.{key}, t.{key} FROM {Staging} s JOIN {Table.Name} t ON upper(t.{key}) = upper(s.{key})", cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(imported, storedAs, StringComparison.Ordinal))
            {
                stored.Add(imported);
            }
            else
            {
                caseKeyClashes.Add(new CaseKeyClash(imported, storedAs, Stored: true));
            }
        }

        var repeated = await RepeatedAsync(caseKeyClashes, cancellationToken).ConfigureAwait(false);
        var clashes = stored.Union(repeated).Order(StringComparer.Ordinal).ToList();
        var found = FinishedImport.Refused(clashes, [.. caseKeyClashes.OrderBy(c => c.CaseId, StringComparer.Ordinal)]);
        if (found.Refuses(Options.Update))
        {
            return found;
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
        return found with { Inserted = inserted, Updated = stored.Count - unchanged, Unchanged = unchanged };
    }

    /// <summary>
    /// The ids the import holds more than once; each id naming the same case as an earlier,
    /// different id of the import is added to <paramref name="caseKeyClashes"/>. The common case
    /// (no such group) costs one pass over the staged keys.
    /// </summary>
    private async Task<List<string>> RepeatedAsync(List<CaseKeyClash> caseKeyClashes, CancellationToken cancellationToken)
    {
        var key = Table.KeyColumn;
        var groups = await ReadIdsAsync($"SELECT upper({key}) FROM {Staging} GROUP BY upper({key}) HAVING count(*) > 1", cancellationToken).ConfigureAwait(false);
        var repeated = new List<string>();
        if (groups.Count == 0)
        {
            return repeated;
        }

        await using var command = Command($"SELECT {key} FROM {Staging} WHERE upper({key}) = ANY(@groups) ORDER BY import_seq");
        command.Parameters.AddWithValue("groups", groups.ToArray());
        var first = new Dictionary<string, string>(CaseKey.Comparer);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = reader.GetString(0);
            if (!seen.Add(id))
            {
                repeated.Add(id);
            }
            else if (!first.TryAdd(id, id))
            {
                caseKeyClashes.Add(new CaseKeyClash(id, first[id], Stored: false));
            }
        }

        return [.. repeated.Distinct(StringComparer.Ordinal)];
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
        var before = (await ReadRecordsAsync($"SELECT {Table.ColumnList} FROM {Table.Name} WHERE {Table.KeyColumn} = ANY(@ids)", ids, cancellationToken).ConfigureAwait(false))
            .ToDictionary(Table.KeyOf, StringComparer.Ordinal);
        var after = await ReadRecordsAsync(
            $"SELECT DISTINCT ON ({Table.KeyColumn}) {Table.ColumnList} FROM {Staging} WHERE {Table.KeyColumn} = ANY(@ids) ORDER BY {Table.KeyColumn}, import_seq DESC",
            ids,
            cancellationToken).ConfigureAwait(false);
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

    private async Task<List<T>> ReadRecordsAsync(string sql, string[] ids, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        command.Parameters.AddWithValue("ids", ids);
        return await RecordReader<T>.ReadAllAsync(command, Table.Columns, cancellationToken).ConfigureAwait(false);
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

    private async Task<List<(string, string)>> ReadPairsAsync(string sql, CancellationToken cancellationToken)
    {
        var pairs = new List<(string, string)>();
        await using var command = Command(sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            pairs.Add((reader.GetString(0), reader.GetString(1)));
        }

        return pairs;
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

    // No command timeout: an import's statements take as long as its file is large (inserting a
    // million staged rows and their indexes takes more than Npgsql's 30 s on a busy machine), and
    // completing waits for the writer lock; the caller's cancellation stops them.
#pragma warning disable CA2100 // The SQL is built from the fixed table and column names, never from input.
    private NpgsqlCommand Command(string sql) => new(sql, Connection, (NpgsqlTransaction)Transaction) { CommandTimeout = 0 };
#pragma warning restore CA2100
}
