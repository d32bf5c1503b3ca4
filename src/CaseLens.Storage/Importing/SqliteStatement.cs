using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CaseLens.Storage.Importing;

/// <summary>
/// One prepared SQLite statement on an open connection, bound by position. The bulk import path
/// uses it rather than <see cref="SqliteCommand"/>, which looks every parameter up by name on every
/// execution (about half the cost of a wide insert).
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private byte[] _buffer = new byte[1024];

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_db, sql, out _statement), _db);
    }

    /// <summary>Binds <paramref name="value"/> (null, text, integer, boolean or date) to the 1-based parameter.</summary>
    public void Bind(int position, object? value)
    {
        var rc = value switch
        {
            null => raw.sqlite3_bind_null(_statement, position),
            string text => BindText(position, text),
            int number => raw.sqlite3_bind_int(_statement, position, number),
            bool flag => raw.sqlite3_bind_int(_statement, position, flag ? 1 : 0),

            DateOnly date => BindDate(position, date),
            _ => throw new InvalidOperationException($"Cannot bind a {value.GetType().Name}."),
        };
        SqliteException.ThrowExceptionForRC(rc, _db);
    }

    private int BindText(int position, string text)
    {
        if (text.Length == 0)
        {
            // An empty span would pass a null pointer, which SQLite binds as NULL.
            return raw.sqlite3_bind_text(_statement, position, string.Empty);
        }

        // Encoded into a reused buffer; SQLite copies it (SQLITE_TRANSIENT), so no string is allocated per value.
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (length > _buffer.Length)
        {
            _buffer = new byte[Math.Max(length, _buffer.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(text, _buffer);
        return raw.sqlite3_bind_text(_statement, position, _buffer.AsSpan(0, written));
    }

    private int BindDate(int position, DateOnly date)
    {
        // The text EF Core's SQLite provider stores for a DateOnly.
        Span<byte> text = stackalloc byte[10];
        date.TryFormat(text, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return raw.sqlite3_bind_text(_statement, position, text[..written]);
    }

    /// <summary>Runs the statement and returns how many rows it changed.</summary>
    public int Execute()
    {
        var rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }

        return raw.sqlite3_changes(_db);
    }

    public void Dispose() => _statement.Dispose();
}
