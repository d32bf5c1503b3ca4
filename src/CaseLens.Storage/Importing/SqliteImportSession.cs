using System.Data.Common;
using CaseLens.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseLens.Storage.Importing;

/// <summary>
/// The SQLite import: one prepared, parameterised INSERT per record on the context's own
/// connection and transaction. A record whose case id is stored already is a clash; with updates
/// allowed it is replaced at once (and audited), otherwise it is only noted.
/// </summary>
internal sealed class SqliteImportSession<T> : ImportSession<T>
    where T : class
{
    private readonly DbCommand _insert;
    private readonly List<string> _clashes = [];
    private DbCommand? _update;
    private int _inserted;
    private int _updated;

    private SqliteImportSession(CaseStoreContext context, IDbContextTransaction transaction, RecordTable<T> table, ImportOptions options, TimeProvider time)
        : base(context, transaction, table, options, time)
    {
        var names = string.Join(", ", table.Columns.Select((_, i) => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        _insert = Command($"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({names}) ON CONFLICT ({table.KeyColumn}) DO NOTHING");
    }

    public static async Task<ImportSession<T>> StartAsync(CaseStoreContext context, RecordTable<T> table, ImportOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        return new SqliteImportSession<T>(context, transaction, table, options, time);
    }

    private protected override async ValueTask WriteAsync(T record, CancellationToken cancellationToken)
    {
        Bind(_insert, record);
        if (_insert.ExecuteNonQuery() == 1)
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
        _update ??= UpdateCommand();
        Bind(_update, record);
        _update.ExecuteNonQuery();
        _updated++;
        await AuditUpdateAsync(before, record, cancellationToken).ConfigureAwait(false);
    }

    private protected override Task<(int Inserted, int Updated, IReadOnlyList<string> Clashes)> FinishAsync(CancellationToken cancellationToken)
    {
        _clashes.Sort(StringComparer.Ordinal);
        return Task.FromResult<(int, int, IReadOnlyList<string>)>((_inserted, _updated, _clashes));
    }

    private protected override async ValueTask DisposeWriterAsync()
    {
        await _insert.DisposeAsync().ConfigureAwait(false);
        if (_update is not null)
        {
            await _update.DisposeAsync().ConfigureAwait(false);
        }
    }

    private DbCommand UpdateCommand()
    {
        var sets = string.Join(", ", Table.Columns.Skip(1).Select((c, i) => $"{c.Name} = $p{(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        return Command($"UPDATE {Table.Name} SET {sets} WHERE {Table.KeyColumn} = $p0");
    }

    private DbCommand Command(string sql)
    {
        var command = Context.Database.GetDbConnection().CreateCommand();
        command.Transaction = Transaction.GetDbTransaction();
#pragma warning disable CA2100 // The SQL is built from the fixed column list, never from input.
        command.CommandText = sql;
#pragma warning restore CA2100
        for (var i = 0; i < Table.Columns.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }

    private void Bind(DbCommand command, T record)
    {
        var columns = Table.Columns;
        for (var i = 0; i < columns.Count; i++)
        {
            command.Parameters[i].Value = columns[i].Value(record) ?? DBNull.Value;
        }
    }
}
