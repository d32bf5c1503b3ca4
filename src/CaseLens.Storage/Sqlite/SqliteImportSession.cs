using System.Globalization;
using CaseLens.Storage.Importing;
using CaseLens.Storage.Model;
using CaseLens.Storage.Sqlite.Native;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace CaseLens.Storage.Sqlite;

/// <summary>
/// The SQLite import, on the context's own connection inside the transaction begun through EF.
/// Records are written <see cref="BatchRows"/> at a time by one prepared multi-row
/// <c>INSERT OR IGNORE</c> bound by position. When a batch skips rows (a stored case id, one repeated
/// within the import, or another broken constraint), each row it did not store is written again on
/// its own, where a record whose case id is stored already is a clash: with updates allowed it is
/// replaced at once (and audited), otherwise it is only noted. The rows left over at the end go row
/// by row too.
/// </summary>
/// <remarks>
/// A large import drops the table's secondary indexes inside the transaction once it has added more
/// than a quarter of the rows stored before (at least <see cref="RowsBeforeDeferringIndexes"/>), and
/// builds them again from their own SQL just before committing: keeping an index on a random key
/// (the incident date) up to date row by row costs several times more than one sort at the end.
/// Nothing of this is visible to others or survives a crash before the commit. The primary key's
/// index stays, as clash detection needs it.
/// </remarks>
internal sealed class SqliteImportSession<T> : ImportSession<T>
    where T : class
{
    /// <summary>Records per multi-row INSERT.</summary>
    internal const int BatchRows = 32;

    /// <summary>The fewest added rows after which the secondary indexes are dropped and built at the end.</summary>
    internal const int RowsBeforeDeferringIndexes = 2048;

    private readonly SqliteStatement _insert;
    private readonly SqliteStatement _insertBatch;
    private readonly T[] _batch = new T[BatchRows];
    private readonly RecordColumn<T>[] _columns;
    private readonly bool[] _fixedText;
    private readonly List<string> _clashes = [];
    private readonly long _deferIndexesAfter;
    private List<string>? _deferredIndexes;
    private SqliteStatement? _update;
    private SqliteStatement? _maxRowid;
    private SqliteStatement? _rowidOf;
    private int _pending;
    private int _inserted;
    private int _updated;
    private int _unchanged;

    private SqliteImportSession(CaseStoreContext context, IDbContextTransaction transaction, RecordTable<T> table, ImportOptions options, TimeProvider time, long storedRows)
        : base(context, transaction, table, options, time)
    {
        _columns = [.. table.Columns];

        // Codes and code sets come from a few strings kept for the whole process.
        _fixedText = [.. _columns.Select(c => c.Converter is not null)];
        _insert = Statement(InsertSql(1));
        _insertBatch = Statement(InsertSql(BatchRows));
        _deferIndexesAfter = Math.Max(RowsBeforeDeferringIndexes, storedRows / 4);
    }

    private SqliteConnection Connection => (SqliteConnection)Context.Database.GetDbConnection();

    public static async Task<ImportSession<T>> StartAsync(CaseStoreContext context, RecordTable<T> table, ImportOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        // A page cache of 32 MiB holds the primary-key index of a few million rows while a big file
        // streams in, and keeps the whole import well under its memory budget. Durability is
        // unchanged: the store is in WAL mode and commits keep synchronous = FULL.
        await context.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -32768", cancellationToken).ConfigureAwait(false);
        var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // The largest rowid bounds the rows stored (deletions leave gaps), read from the end of the table at once.
        long storedRows;
        using (var query = new SqliteStatement((SqliteConnection)context.Database.GetDbConnection(), $"SELECT coalesce(max(rowid), 0) FROM {table.Name}"))
        {
            query.Step();
            storedRows = query.Integer(0);
            query.Step();
        }

        return new SqliteImportSession<T>(context, transaction, table, options, time, storedRows);
    }

    private protected override async ValueTask WriteAsync(T record, CancellationToken cancellationToken)
    {
        _batch[_pending++] = record;
        if (_pending < BatchRows)
        {
            return;
        }

        _pending = 0;
        if (Rows > _deferIndexesAfter && _deferredIndexes is null)
        {
            DropSecondaryIndexes();
        }

        for (var row = 0; row < BatchRows; row++)
        {
            Bind(_insertBatch, row, _batch[row]);
        }

        var changes = _insertBatch.Execute();
        if (changes == BatchRows)
        {
            _inserted += changes;
        }
        else
        {
            await SortOutBatchAsync(changes, cancellationToken).ConfigureAwait(false);
        }

        Array.Clear(_batch);
    }

    private protected override async Task<(int Inserted, int Updated, int Unchanged, IReadOnlyList<string> Clashes)> FinishAsync(CancellationToken cancellationToken)
    {
        for (var row = 0; row < _pending; row++)
        {
            await WriteOneAsync(_batch[row], cancellationToken).ConfigureAwait(false);
        }

        _pending = 0;
        Array.Clear(_batch);
        // Each id once (one repeated within the import clashes at every repetition), as on PostgreSQL.
        var clashes = _clashes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (clashes.Count == 0 || Options.Update)
        {
            // Refused imports roll back, which restores the indexes anyway.
            RestoreSecondaryIndexes();
        }

        return (_inserted, _updated, _unchanged, clashes);
    }

    private protected override ValueTask DisposeWriterAsync()
    {
        _insert.Dispose();
        _insertBatch.Dispose();
        _update?.Dispose();
        _maxRowid?.Dispose();
        _rowidOf?.Dispose();
        return ValueTask.CompletedTask;
    }

    private static string Parameter(int index) => "?" + (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// After a batch that skipped rows: counts those it stored and writes every other row again on
    /// its own, which notes (or replaces) a clash, or reports another broken constraint.
    /// </summary>
    private async Task SortOutBatchAsync(int changes, CancellationToken cancellationToken)
    {
        // SQLite gives each new row the largest rowid so far plus one, so the batch's own rows are the last ones.
        _maxRowid ??= Statement($"SELECT coalesce(max(rowid), 0) FROM {Table.Name}");
        _rowidOf ??= Statement($"SELECT rowid FROM {Table.Name} WHERE {Table.KeyColumn} = ?1");
        _maxRowid.TryQueryInteger(out var last);
        var firstNew = last - changes + 1;
        var stored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in _batch)
        {
            var id = Table.KeyOf(record);
            _rowidOf.Bind(1, id);
            if (_rowidOf.TryQueryInteger(out var rowid) && rowid >= firstNew && stored.Add(id))
            {
                _inserted++;
            }
            else
            {
                await WriteOneAsync(record, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async ValueTask WriteOneAsync(T record, CancellationToken cancellationToken)
    {
        Bind(_insert, 0, record);
        if (_insert.Execute() == 1)
        {
            _inserted++;
            return;
        }

        var id = Table.KeyOf(record);
        _clashes.Add(id);
        if (!Options.Update)
        {
            return;
        }

        var before = await Context.Set<T>().AsNoTracking()
            .SingleAsync(e => EF.Property<string>(e, Table.Columns[0].Property) == id, cancellationToken)
            .ConfigureAwait(false);
        if (!Differs(before, record))
        {
            _unchanged++;
            return;
        }

        _update ??= UpdateStatement();
        Bind(_update, 0, record);
        _update.Execute();
        _updated++;
        await AuditUpdateAsync(before, record, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// An INSERT of <paramref name="rows"/> records. One row skips a clash and fails on any other
    /// broken constraint. Several skip any row that breaks a constraint (<c>OR IGNORE</c>), which
    /// spares SQLite a journal of each statement's changes, kept in case it had to undo them:
    /// <see cref="SortOutBatchAsync"/> then writes the skipped rows again one by one.
    /// </summary>
    private string InsertSql(int rows)
    {
        var width = Table.Columns.Count;
        var values = string.Join(", ", Enumerable.Range(0, rows).Select(row =>
            "(" + string.Join(", ", Enumerable.Range(row * width, width).Select(Parameter)) + ")"));
        return rows == 1
            ? $"INSERT INTO {Table.Name} ({Table.ColumnList}) VALUES {values} ON CONFLICT ({Table.KeyColumn}) DO NOTHING"
            : $"INSERT OR IGNORE INTO {Table.Name} ({Table.ColumnList}) VALUES {values}";
    }

    private SqliteStatement UpdateStatement()
    {
        var sets = string.Join(", ", Table.Columns.Select((c, i) => $"{c.Name} = {Parameter(i)}").Skip(1));
        return Statement($"UPDATE {Table.Name} SET {sets} WHERE {Table.KeyColumn} = {Parameter(0)}");
    }

    private void DropSecondaryIndexes()
    {
        var names = new List<string>();
        _deferredIndexes = [];
        using (var query = Statement($"SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = '{Table.Name}' AND sql IS NOT NULL"))
        {
            while (query.Step())
            {
                names.Add(query.Text(0));
                _deferredIndexes.Add(query.Text(1));
            }
        }

        foreach (var name in names)
        {
            Run($"DROP INDEX \"{name}\"");
        }
    }

    private void RestoreSecondaryIndexes()
    {
        foreach (var sql in _deferredIndexes ?? [])
        {
            Run(sql);
        }

        _deferredIndexes = null;
    }

    private void Run(string sql)
    {
        using var statement = Statement(sql);
        statement.Execute();
    }

    private SqliteStatement Statement(string sql) => new(Connection, sql);

    private void Bind(SqliteStatement statement, int row, T record)
    {
        var columns = _columns;
        var first = (row * columns.Length) + 1;
        for (var i = 0; i < columns.Length; i++)
        {
            statement.Bind(first + i, columns[i].Value(record), _fixedText[i]);
        }
    }
}
