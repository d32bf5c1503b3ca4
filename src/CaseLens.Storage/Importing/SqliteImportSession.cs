using System.Globalization;
using CaseLens.Storage.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseLens.Storage.Importing;

/// <summary>
/// The SQLite import: one prepared, parameterised INSERT per record on the context's own
/// connection, inside the transaction begun through EF. A record whose case id is stored already is a clash; with updates
/// allowed it is replaced at once (and audited), otherwise it is only noted.
/// </summary>
internal sealed class SqliteImportSession<T> : ImportSession<T>
    where T : class
{
    private readonly SqliteStatement _insert;
    private readonly List<string> _clashes = [];
    private SqliteStatement? _update;
    private int _inserted;
    private int _updated;

    private SqliteImportSession(CaseStoreContext context, IDbContextTransaction transaction, RecordTable<T> table, ImportOptions options, TimeProvider time)
        : base(context, transaction, table, options, time)
    {
        var values = string.Join(", ", table.Columns.Select((_, i) => Parameter(i)));
        _insert = Statement($"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({values}) ON CONFLICT ({table.KeyColumn}) DO NOTHING");
    }

    public static async Task<ImportSession<T>> StartAsync(CaseStoreContext context, RecordTable<T> table, ImportOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        // A larger page cache keeps the primary-key index in memory while a big file streams in.
        await context.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -65536", cancellationToken).ConfigureAwait(false);
        var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        return new SqliteImportSession<T>(context, transaction, table, options, time);
    }

    private protected override async ValueTask WriteAsync(T record, CancellationToken cancellationToken)
    {
        Bind(_insert, record);
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
        _update ??= UpdateStatement();
        Bind(_update, record);
        _update.Execute();
        _updated++;
        await AuditUpdateAsync(before, record, cancellationToken).ConfigureAwait(false);
    }

    private protected override Task<(int Inserted, int Updated, IReadOnlyList<string> Clashes)> FinishAsync(CancellationToken cancellationToken)
    {
        _clashes.Sort(StringComparer.Ordinal);
        return Task.FromResult<(int, int, IReadOnlyList<string>)>((_inserted, _updated, _clashes));
    }

    private protected override ValueTask DisposeWriterAsync()
    {
        _insert.Dispose();
        _update?.Dispose();
        return ValueTask.CompletedTask;
    }

    private static string Parameter(int index) => "?" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private SqliteStatement UpdateStatement()
    {
        var sets = string.Join(", ", Table.Columns.Select((c, i) => $"{c.Name} = {Parameter(i)}").Skip(1));
        return Statement($"UPDATE {Table.Name} SET {sets} WHERE {Table.KeyColumn} = {Parameter(0)}");
    }

    private SqliteStatement Statement(string sql) => new((SqliteConnection)Context.Database.GetDbConnection(), sql);

    private void Bind(SqliteStatement statement, T record)
    {
        var columns = Table.Columns;
        for (var i = 0; i < columns.Count; i++)
        {
            statement.Bind(i + 1, columns[i].Value(record));
        }
    }
}
