using System.Globalization;
using CaseLens.Domain.Identity;
using CaseLens.Storage.Importing;
using CaseLens.Storage.Model;
using CaseLens.Storage.Querying;
using CaseLens.Storage.Sqlite.Native;
using CaseLens.Storage.Sqlite.Search;
using CaseLens.Storage.Locations;
using CaseLens.Storage.Opening;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CaseLens.Storage.Sqlite;

/// <summary>
/// The SQLite import, on a connection of its own inside one <c>BEGIN IMMEDIATE</c> transaction.
/// Records are written <see cref="BatchRows"/> at a time by one prepared multi-row
/// <c>INSERT OR IGNORE</c> bound by position. When a batch skips rows (a stored case id, one repeated
/// within the import, or another broken constraint), each row it did not store is written again on
/// its own, where a record whose case id is stored already is a clash: with updates allowed it is
/// replaced at once (and audited), otherwise it is only noted. A record stopped by the unique index
/// on the case key (<c>upper(case_id)</c>) while no row has its very id names the same case as
/// another id: a <see cref="CaseKeyClash"/>, never replaced. The rows left over at the end go row
/// by row too.
/// </summary>
/// <remarks>
/// A large import drops the table's secondary indexes inside the transaction once it has added more
/// than a quarter of the rows stored before (at least <see cref="RowsBeforeDeferringIndexes"/>), and
/// builds them again from their own SQL just before committing: keeping an index on a random key
/// (the incident date) up to date row by row costs several times more than one sort at the end.
/// Nothing of this is visible to others or survives a crash before the commit. The primary key's
/// index stays, as clash detection needs it. The case-key index is one of those dropped: when it
/// cannot be built again, the rows that break it are found by one query and refuse the import.
/// The triggers that keep a full-text index in step (<see cref="SqliteTextIndex"/>) are suspended
/// at the same moment, and the index is brought up to date before the commit: the rows added since
/// by one <c>INSERT … SELECT</c>, and the earlier rows this import replaced one by one.
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
    private readonly Action<SqliteStatement, int, T>[] _binds;
    private readonly List<string> _clashes = [];
    private readonly List<CaseKeyClash> _caseKeyClashes = [];
    private readonly long _storedMaxRowid;
    private readonly long _deferIndexesAfter;
    private List<string>? _deferredIndexes;
    private readonly SqliteTextIndex? _textIndex;
    private SuspendedTriggers? _suspendedTriggers;
    private SqliteGenerationPause? _generationPause;
    private long _indexedUpTo;
    /// <summary>
    /// The rows indexed before the triggers were suspended and replaced since, each with the text it
    /// was indexed with (its first: the index never saw a later one), which FTS5 needs to take it out.
    /// </summary>
    private readonly Dictionary<long, string?> _replacedWhileSuspended = [];
    private SqliteStatement? _update;
    private SqliteStatement? _maxRowid;
    private SqliteStatement? _rowidOf;
    private SqliteStatement? _sameCase;
    private int _pending;
    private int _inserted;
    private int _updated;
    private int _unchanged;

    private SqliteImportSession(SqliteConnection connection, SqliteTransaction transaction, RecordTable<T> table, ImportOptions options, TimeProvider time, long storedRows)
        : base(connection, transaction, table, options, time)
    {
        _binds = [.. table.Columns.Select(BindOf)];
        _insert = Statement(InsertSql(1));
        _insertBatch = Statement(InsertSql(BatchRows));
        // SQLite gives each new row the largest rowid so far plus one: larger ones are this import's.
        _storedMaxRowid = storedRows;
        _deferIndexesAfter = Math.Max(RowsBeforeDeferringIndexes, storedRows / 4);
        _textIndex = SqliteTextIndex.Of(table.Name);
    }

    /// <summary>SQLITE_CANTOPEN: what opening a store file that is no longer there gives, as the file is never created here.</summary>
    private const int CannotOpen = 14;

    private new SqliteConnection Connection => (SqliteConnection)base.Connection;

    /// <summary>The rowid of the row with exactly the bound case id.</summary>
    private SqliteStatement RowidOf => _rowidOf ??= Statement($"SELECT rowid FROM {Table.Name} WHERE {Table.KeyColumn} = ?1");

    /// <summary>Opens a connection of the session's own to the store and begins the import's transaction on it.</summary>
    public static async Task<ImportSession<T>> StartAsync(string connectionString, RecordTable<T> table, ImportOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        // An import waits for another import's write lock for as long as that one takes, up to
        // SqliteLockWait.Writer. The wait is set on the connection, not in its string: a changed string would be a pool of its
        // own, which ReleaseConnections would not close, and the store's WAL would outlive the process.
        var connection = new SqliteConnection(connectionString) { DefaultTimeout = (int)SqliteLockWait.Writer.TotalSeconds };
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // The statements stepped directly (SqliteStatement) bypass the driver's retry loop, and the
            // first of them loads the schema, which needs a read lock: while another import closes the
            // store (its checkpoint holds the file exclusively for a moment) that would fail at once with
            // "database is locked". SQLite's own busy handler makes them wait like the driver's commands.
            raw.sqlite3_busy_timeout(connection.Handle, (int)SqliteLockWait.Writer.TotalMilliseconds);

            // A store this import has just made is written through a rollback journal, and goes back to
            // WAL mode when the transaction ends (see StoreJournal). Any other store is put back in WAL
            // mode first, should an earlier such import have been stopped before it could do it.
            if (options.IntoNewStore)
            {
                StoreJournal.TryLeaveWal(connection);
            }
            else
            {
                StoreJournal.TryReturnToWal(connection);
            }

            // A page cache of 32 MiB holds the primary-key index of a few million rows while a big file
            // streams in, and keeps the whole import well under its memory budget. Durability is
            // unchanged: commits keep synchronous = FULL, through the write-ahead log or the rollback journal.
            using (var pragma = new SqliteStatement(connection, CacheSize(ImportCacheKiB)))
            {
                pragma.Execute();
            }

            // BEGIN IMMEDIATE: the write lock is taken at once (another writer waits for it, up to
            // the busy timeout), so no other writer commits while this import checks and writes.
            var transaction = connection.BeginTransaction(deferred: false);

            // The largest rowid bounds the rows stored (deletions leave gaps), read from the end of the table at once.
            long storedRows;
            using (var query = new SqliteStatement(connection, $"SELECT coalesce(max(rowid), 0) FROM {table.Name}"))
            {
                query.Step();
                storedRows = query.Integer(0);
                query.Step();
            }

            // Under the write lock already: a table without rows now has none until this import commits.
            return new SqliteImportSession<T>(connection, transaction, table, options, time, storedRows) { MayKeepCounts = storedRows == 0 };
        }
        catch (Exception e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            if (e is SqliteException { SqliteErrorCode: CannotOpen })
            {
                StoreFileRemovedException.ThrowIfRemoved(SqliteLocation.FileOf(connectionString));
            }

            throw;
        }
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
            SuspendTextIndex();
            _generationPause ??= SqliteGenerationPause.Begin(Connection, Table.Name);
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

    private protected override async Task<FinishedImport> FinishAsync(CancellationToken cancellationToken)
    {
        StoreFileRemovedException.ThrowIfRemoved(Connection);
        for (var row = 0; row < _pending; row++)
        {
            await WriteOneAsync(_batch[row], cancellationToken).ConfigureAwait(false);
        }

        _pending = 0;
        Array.Clear(_batch);
        CatchUpTextIndex();
        _generationPause?.End();
        _generationPause = null;
        if (_deferredIndexes is not null && !RestoreSecondaryIndexes())
        {
            // The unique index on the case key could not be built again: some rows of the import
            // differ from others only in letter case. Refused imports roll back, which restores it.
            FindCaseKeyClashes();
        }

        // Each id once (one repeated within the import clashes at every repetition), as on PostgreSQL.
        var clashes = _clashes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new FinishedImport(_inserted, _updated, _unchanged, clashes, [.. _caseKeyClashes.OrderBy(c => c.CaseId, StringComparer.Ordinal)]);
    }

    private protected override ValueTask AfterTransactionAsync()
    {
        // The transaction has ended, committed or rolled back: the store goes back to WAL mode, whether
        // this import left it or another one did and could not return while this one had the store
        // open (two imports that began on one missing file). A store in WAL mode stays as it is.
        // Should another connection hold it still, the next import does it (see StartAsync).
        StoreJournal.TryReturnToWal(Connection);
        return ValueTask.CompletedTask;
    }

    private protected override ValueTask DisposeWriterAsync()
    {
        _insert.Dispose();
        _insertBatch.Dispose();
        _update?.Dispose();
        _maxRowid?.Dispose();
        _rowidOf?.Dispose();
        _sameCase?.Dispose();
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
        _maxRowid.TryQueryInteger(out var last);
        var firstNew = last - changes + 1;
        var stored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in _batch)
        {
            var id = Table.KeyOf(record);
            RowidOf.Bind(1, id);
            if (RowidOf.TryQueryInteger(out var rowid) && rowid >= firstNew && stored.Add(id))
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
        if (SameCaseAs(id) is { } other)
        {
            _caseKeyClashes.Add(other);
            return;
        }

        _clashes.Add(id);
        if (!Options.Update)
        {
            return;
        }

        var before = await StoredAsync(id, cancellationToken).ConfigureAwait(false);
        if (!Differs(before, record))
        {
            _unchanged++;
            return;
        }

        if (_suspendedTriggers is not null)
        {
            NoteReplacedWhileSuspended(id, before);
        }

        _update ??= UpdateStatement();
        Bind(_update, 0, record);
        _update.Execute();
        _updated++;

        await AuditUpdateAsync(before, record, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The stored record with exactly this case id, read inside the transaction.</summary>
    private async Task<T> StoredAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = Connection.CreateCommand();
        command.Transaction = (SqliteTransaction)Transaction;
#pragma warning disable CA2100 // The SQL is built from the fixed table and column names; the id is a parameter.
        command.CommandText = $"SELECT {Table.ColumnList} FROM {Table.Name} WHERE {Table.KeyColumn} = @id";
#pragma warning restore CA2100
        command.Parameters.AddWithValue("@id", id);
        return (await RecordReader<T>.ReadAllAsync(command, Table.Columns, cancellationToken).ConfigureAwait(false)).Single();
    }

    /// <summary>
    /// When a row was not stored and no stored row has its very id, the row whose id differs from
    /// it only in letter case (which the unique index on the case key found); null otherwise.
    /// </summary>
    private CaseKeyClash? SameCaseAs(string id)
    {
        RowidOf.Bind(1, id);
        if (RowidOf.TryQueryInteger(out _))
        {
            return null;
        }

        // The same expression as the index, so that SQLite looks it up there.
        _sameCase ??= Statement($"SELECT {Table.KeyColumn}, rowid FROM {Table.Name} WHERE upper({Table.KeyColumn}) = upper(?1)");
        _sameCase.Bind(1, id);
        if (!_sameCase.Step())
        {
            throw new InvalidOperationException("A row was refused by a unique index, but no stored row shares its case key.");
        }

        var clash = new CaseKeyClash(id, _sameCase.Text(0), Stored: _sameCase.Integer(1) <= _storedMaxRowid);
        _sameCase.Step();
        return clash;
    }

    /// <summary>
    /// After a large import whose rows were added without the case-key index: every row naming
    /// the same case as an earlier row with another id, in the order the rows were stored.
    /// </summary>
    private void FindCaseKeyClashes()
    {
        using var query = Statement(
            $"SELECT {Table.KeyColumn}, r FROM (SELECT {Table.KeyColumn}, rowid AS r, count(*) OVER (PARTITION BY upper({Table.KeyColumn})) AS n FROM {Table.Name}) " +
            $"WHERE n > 1 ORDER BY upper({Table.KeyColumn}), r");
        var first = new Dictionary<string, (string Id, long Rowid)>(CaseKey.Comparer);
        while (query.Step())
        {
            var id = query.Text(0);
            var rowid = query.Integer(1);
            if (!first.TryAdd(id, (id, rowid)))
            {
                var (earlier, earlierRowid) = first[id];
                _caseKeyClashes.Add(new CaseKeyClash(id, earlier, Stored: earlierRowid <= _storedMaxRowid));
            }
        }
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
            ? $"INSERT INTO {Table.Name} ({Table.ColumnList}) VALUES {values} ON CONFLICT DO NOTHING"
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

    /// <summary>
    /// Drops the triggers that keep the table's full-text index in step, keeping their SQL, and notes
    /// the last row they indexed.
    /// </summary>
    private void SuspendTextIndex()
    {
        if (_textIndex is null)
        {
            return;
        }

        // A store made before the index (never opened for an import without migrating first) has
        // none of them; one with only some of them is left as it is.
        _suspendedTriggers = SuspendedTriggers.TryDrop(Connection, Table.Name, _textIndex.Triggers);
        if (_suspendedTriggers is not null)
        {
            _maxRowid ??= Statement($"SELECT coalesce(max(rowid), 0) FROM {Table.Name}");
            _maxRowid.TryQueryInteger(out _indexedUpTo);
        }
    }

    /// <summary>
    /// Notes a stored row about to be replaced while the triggers are suspended, if the index holds
    /// it (a row added after the suspension is indexed with its last text by <see cref="CatchUpTextIndex"/>).
    /// </summary>
    private void NoteReplacedWhileSuspended(string id, T before)
    {
        RowidOf.Bind(1, id);
        if (RowidOf.TryQueryInteger(out var rowid) && rowid <= _indexedUpTo)
        {
            var text = Table.Columns.Single(c => c.Name == _textIndex!.TextColumn).Value(before);
            _replacedWhileSuspended.TryAdd(rowid, (string?)text);
        }
    }

    /// <summary>
    /// Brings the full-text index up to date with what was stored while its triggers were suspended,
    /// then creates the triggers again from their own SQL.
    /// </summary>
    private void CatchUpTextIndex()
    {
        if (_suspendedTriggers is null || _textIndex is null)
        {
            return;
        }

        using (var remove = Statement(_textIndex.RemoveSql))
        using (var index = Statement(_textIndex.IndexRowSql(Table.Name)))
        {
            foreach (var (rowid, indexed) in _replacedWhileSuspended)
            {
                // A row without a text was never indexed: there is nothing to take out.
                if (indexed is not null)
                {
                    remove.Bind(1, rowid);
                    remove.Bind(2, indexed);
                    remove.Execute();
                }

                index.Bind(1, rowid);
                index.Execute();
            }
        }

        using (var added = Statement(_textIndex.IndexRowsAfterSql(Table.Name)))
        {
            added.Bind(1, _indexedUpTo);
            added.Execute();
        }

        _suspendedTriggers.Restore();
        _suspendedTriggers = null;
        _replacedWhileSuspended.Clear();
    }

    /// <summary>
    /// Builds the dropped indexes again from their own SQL; false when a unique one (the case key)
    /// cannot be built because rows break it. Any other failure is thrown.
    /// </summary>
    private bool RestoreSecondaryIndexes()
    {
        // SQLite sorts an index's keys in runs as large as the page cache, then merges them: runs of
        // 4 MiB sort in the processor's cache, and the incident-date index of a million rows is built
        // in about 0.65 s instead of 0.95 s with the import's 32 MiB (bench/RESULTS.md).
        Run(CacheSize(IndexBuildCacheKiB));
        try
        {
            foreach (var sql in _deferredIndexes ?? [])
            {
                try
                {
                    Run(sql);
                }
                catch (SqliteException e) when (e.SqliteExtendedErrorCode == raw.SQLITE_CONSTRAINT_UNIQUE)
                {
                    return false;
                }
            }
        }
        finally
        {
            Run(CacheSize(ImportCacheKiB));
        }

        _deferredIndexes = null;
        return true;
    }

    /// <summary>The page cache of an import, in KiB (see <see cref="StartAsync"/>).</summary>
    private const int ImportCacheKiB = 32768;

    /// <summary>The page cache while the deferred indexes are built, in KiB: the size of the sorter's runs.</summary>
    private const int IndexBuildCacheKiB = 4096;

    private static string CacheSize(int kib) => string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = -{kib}");

    private void Run(string sql)
    {
        using var statement = Statement(sql);
        statement.Execute();
    }

    private SqliteStatement Statement(string sql) => new(Connection, sql);

    private void Bind(SqliteStatement statement, int row, T record)
    {
        var binds = _binds;
        var first = (row * binds.Length) + 1;
        for (var i = 0; i < binds.Length; i++)
        {
            binds[i](statement, first + i, record);
        }
    }

    /// <summary>How the column's value is bound, by its type and without boxing.</summary>
    private static Action<SqliteStatement, int, T> BindOf(RecordColumn<T> column)
    {
        return column.Typed switch
        {
            // Codes and code sets come from a few strings kept for the whole process.
            Func<T, string?> code when column.Converter is not null => BindCode(code),
            Func<T, string?> text => (statement, position, record) => statement.Bind(position, text(record)),
            Func<T, int?> number => (statement, position, record) => statement.Bind(position, number(record)),
            Func<T, bool?> flag => (statement, position, record) => statement.Bind(position, flag(record)),
            Func<T, DateOnly?> date => (statement, position, record) => statement.Bind(position, date(record)),
            _ => throw new InvalidOperationException($"Column {column.Name} has no typed value to bind."),
        };
    }

    private static Action<SqliteStatement, int, T> BindCode(Func<T, string?> code)
    {
        var texts = new FixedTextColumn();
        return (statement, position, record) => statement.Bind(position, code(record), texts);
    }
}
