using System.Collections.Concurrent;
using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using CaseLens.Storage.Sqlite.Native;
using CaseLens.Storage.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaseLens.Storage.Querying;

/// <summary>
/// Reads the rows of an EF query straight into records. EF writes the SQL, so filters still run
/// in the database; the reader wraps it as <c>SELECT columns FROM (EF's query) AS q ORDER BY key</c>,
/// so that only the columns asked for leave the database, in ordinal case-id order. Each record is
/// built by a reader compiled once per record type and column list from the table's columns. On
/// SQLite the statement is stepped and its columns read by direct calls (<see cref="SqliteRow"/>),
/// several times faster than through <see cref="DbDataReader"/>; elsewhere, or should EF pass a
/// parameter of a kind the direct path does not bind, a <see cref="DbDataReader"/> is used.
/// </summary>
internal static class RecordReader<T>
    where T : class
{
    private const int RowsBetweenCancellationChecks = 1024;
    private const string LongTextColumn = "case_outline";

    private static readonly MethodInfo IsDbNull = typeof(DbDataReader).GetMethod(nameof(DbDataReader.IsDBNull), [typeof(int)])!;
    private static readonly Dictionary<ColumnKind, MethodInfo> Getters = new()
    {
        [ColumnKind.Text] = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetString), [typeof(int)])!,
        [ColumnKind.Integer] = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetInt32), [typeof(int)])!,
        [ColumnKind.Boolean] = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetBoolean), [typeof(int)])!,
        [ColumnKind.Date] = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetFieldValue), [typeof(int)])!.MakeGenericMethod(typeof(DateOnly)),
    };

    private static readonly ConcurrentDictionary<string, Func<DbDataReader, T>> DataReaders = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Func<SqliteRow, T>> SqliteReaders = new(StringComparer.Ordinal);

    /// <summary>
    /// The records <paramref name="query"/> selects, in key order, with only <paramref name="columns"/>
    /// read (the key among them); properties of the other columns keep their defaults.
    /// </summary>
    public static async IAsyncEnumerable<T> StreamAsync(
        DbContext context,
        IQueryable<T> query,
        RecordTable<T> table,
        IReadOnlyList<RecordColumn<T>> columns,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = query.CreateDbCommand();
        command.CommandText =
            $"SELECT {string.Join(", ", columns.Select(c => "q." + c.Name))} FROM ({command.CommandText}) AS q ORDER BY q.{table.KeyColumn}";
        var key = string.Join(",", columns.Select(c => c.Name));

        if (command is SqliteCommand sqlite && SqliteStatement.Direct)
        {
            using var statement = new SqliteStatement(sqlite.Connection!, sqlite.CommandText);
            if (TryBind(statement, sqlite.Parameters))
            {
                foreach (var record in Step(statement, key, columns, cancellationToken))
                {
                    yield return record;
                }

                yield break;
            }
        }

        var readRecord = DataReaders.GetOrAdd(key, _ => CompileDataReader(columns));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return readRecord(reader);
        }
    }

    /// <summary>
    /// The records a hand-written query without parameters selects on an open SQLite connection,
    /// its result columns being <paramref name="columns"/> in order: no EF query is made.
    /// </summary>
    public static async IAsyncEnumerable<T> StreamSqliteAsync(
        SqliteConnection connection,
        string sql,
        IReadOnlyList<RecordColumn<T>> columns,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var key = string.Join(",", columns.Select(c => c.Name));
        if (SqliteStatement.Direct)
        {
            using var statement = new SqliteStatement(connection, sql);
            foreach (var record in Step(statement, key, columns, cancellationToken))
            {
                yield return record;
            }

            yield break;
        }

        var readRecord = DataReaders.GetOrAdd(key, _ => CompileDataReader(columns));
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return readRecord(reader);
        }
    }

    /// <summary>
    /// The records a hand-written command selects (any engine), its result columns being
    /// <paramref name="columns"/> in order, read by the compiled data reader: no EF query is made.
    /// </summary>
    public static async Task<List<T>> ReadAllAsync(DbCommand command, IReadOnlyList<RecordColumn<T>> columns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var readRecord = DataReaders.GetOrAdd(string.Join(",", columns.Select(c => c.Name)), _ => CompileDataReader(columns));
        var records = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            records.Add(readRecord(reader));
        }

        return records;
    }

    /// <summary>Steps a prepared statement through its rows, each read by the compiled direct reader for <paramref name="columns"/>.</summary>
    private static IEnumerable<T> Step(SqliteStatement statement, string key, IReadOnlyList<RecordColumn<T>> columns, CancellationToken cancellationToken)
    {
        var read = SqliteReaders.GetOrAdd(key, _ => CompileSqlite(columns));
        var row = new SqliteRow(statement.Handle);
        var rows = 0;
        while (statement.Step())
        {
            if (++rows % RowsBetweenCancellationChecks == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            yield return read(row);
        }
    }

    /// <summary>Binds EF's parameters by name; false when one is of a kind this path does not bind as Microsoft.Data.Sqlite would.</summary>
    private static bool TryBind(SqliteStatement statement, SqliteParameterCollection parameters)
    {
        var bound = 0;
        foreach (SqliteParameter parameter in parameters)
        {
            var value = parameter.Value is DBNull ? null : parameter.Value;
            // A Size shorter than the text would cut it (EF gives the text's own length).
            if (value is not (null or string or int or bool or DateOnly) || (value is string text && parameter.Size > 0 && parameter.Size < text.Length))
            {
                return false;
            }

            var position = statement.ParameterIndex(parameter.ParameterName);
            if (position == 0)
            {
                return false;
            }

            statement.Bind(position, value);
            bound++;
        }

        return bound == statement.ParameterCount;
    }

    private static Func<SqliteRow, T> CompileSqlite(IReadOnlyList<RecordColumn<T>> columns)
    {
        var row = Expression.Parameter(typeof(SqliteRow), "row");
        var bindings = new List<MemberBinding>();
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var property = typeof(T).GetProperty(column.Property)!;
            var ordinal = Expression.Constant(i);
            Expression value = column.Converter?.GetType() is { IsGenericType: true } converter
                ? Expression.Call(row, converter.GetGenericTypeDefinition() == typeof(CodeSetConverter<>) ? nameof(SqliteRow.Set) : nameof(SqliteRow.Code), converter.GetGenericArguments(), ordinal)
                : Expression.Call(row, column.Kind switch
                {
                    // The key is unique; the free text is long and seldom repeats.
                    ColumnKind.Text => i == 0 || column.Name == LongTextColumn ? nameof(SqliteRow.Text) : nameof(SqliteRow.SharedText),
                    ColumnKind.Integer => nameof(SqliteRow.Integer),
                    ColumnKind.Boolean => nameof(SqliteRow.Boolean),
                    _ => nameof(SqliteRow.Date),
                }, null, ordinal);
            if (value.Type != property.PropertyType)
            {
                // A nullable value read for a required property; the column is NOT NULL.
                value = Expression.Convert(value, property.PropertyType);
            }

            bindings.Add(Expression.Bind(property, value));
        }

        var body = Expression.MemberInit(Expression.New(typeof(T)), bindings);
        return Expression.Lambda<Func<SqliteRow, T>>(body, row).Compile();
    }

    private static Func<DbDataReader, T> CompileDataReader(IReadOnlyList<RecordColumn<T>> columns)
    {
        var reader = Expression.Parameter(typeof(DbDataReader), "reader");
        var bindings = new List<MemberBinding>();
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var property = typeof(T).GetProperty(column.Property)!;
            var ordinal = Expression.Constant(i);
            Expression value = Expression.Call(reader, Getters[column.Kind], ordinal);
            if (column.Converter is not null)
            {
                value = Expression.Invoke(column.Converter.ConvertFromProviderExpression, value);
            }

            value = Expression.Convert(value, property.PropertyType);
            if (!column.Required)
            {
                value = Expression.Condition(Expression.Call(reader, IsDbNull, ordinal), Expression.Default(property.PropertyType), value);
            }

            bindings.Add(Expression.Bind(property, value));
        }

        var body = Expression.MemberInit(Expression.New(typeof(T)), bindings);
        return Expression.Lambda<Func<DbDataReader, T>>(body, reader).Compile();
    }
}
