using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CaseLens.Storage.Sqlite.Native;

/// <summary>
/// One prepared SQLite statement on an open connection, bound by position. The bulk import path
/// uses it rather than <see cref="SqliteCommand"/>, which looks every parameter up by name on every
/// execution. Text is encoded into a pinned <see cref="TextArena"/> (or, for codes, taken from
/// <see cref="FixedTexts"/>) and bound without SQLite copying it; the bytes stay put until the
/// statement has run, and every run binds every parameter again.
/// </summary>
internal sealed unsafe class SqliteStatement : IDisposable
{
    /// <summary>Whether values can be bound and read by direct calls (<see cref="SqliteNative"/>).</summary>
    public static readonly bool Direct = raw.GetNativeLibraryName() == "e_sqlite3";
    private static readonly byte[] EmptyText = GC.AllocateArray<byte>(1, pinned: true);

    // On the pinned object heap, so the address never changes.
    private static readonly byte* EmptyTextAddress = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(EmptyText));

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly IntPtr _handle;
    private readonly TextArena _arena = new();

    public SqliteStatement(SqliteConnection connection, string sql)
        : this(connection.Handle ?? throw new InvalidOperationException("The connection is not open."), sql)
    {
    }

    /// <summary>A statement on a database handle opened without <see cref="SqliteConnection"/>.</summary>
    public SqliteStatement(sqlite3 db, string sql)
    {
        _db = db;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_db, sql, out _statement), _db);
        _handle = _statement.DangerousGetHandle();
    }

    /// <summary>
    /// Binds <paramref name="value"/> (null, text, integer, long integer, boolean or date) to the 1-based parameter.
    /// A code bound over and over goes through <see cref="Bind(int, string?, FixedTextColumn)"/> instead.
    /// </summary>
    public void Bind(int position, object? value)
    {
        var rc = value switch
        {
            null => BindNull(position),
            string text => BindText(position, text),
            int number => BindInt(position, number),
            long number => raw.sqlite3_bind_int64(_statement, position, number),
            bool flag => BindInt(position, flag ? 1 : 0),
            DateOnly date => BindDate(position, date),
            _ => throw new InvalidOperationException($"Cannot bind a {value.GetType().Name}."),
        };
        Check(rc);
    }

    /// <summary>Binds text or NULL.</summary>
    public void Bind(int position, string? text) => Check(text is null ? BindNull(position) : BindText(position, text));

    /// <summary>Binds a text one column binds over and over (a code), its bytes kept in <paramref name="column"/>, or NULL.</summary>
    public void Bind(int position, string? text, FixedTextColumn column)
    {
        var rc = text is null ? BindNull(position)
            : column.BytesOf(text) is { } bytes ? BindBytes(position, bytes)
            : BindText(position, text);
        Check(rc);
    }

    /// <summary>The pinned UTF-8 bytes kept for the whole process of a text bound over and over; null when no more are kept.</summary>
    public static byte[]? FixedBytes(string text) => FixedTexts.TryGet(text);

    /// <summary>Binds an integer or NULL without boxing.</summary>
    public void Bind(int position, int? number) => Check(number is { } value ? BindInt(position, value) : BindNull(position));

    /// <summary>Binds a boolean (0 or 1) or NULL without boxing.</summary>
    public void Bind(int position, bool? flag) => Check(flag is { } value ? BindInt(position, value ? 1 : 0) : BindNull(position));

    /// <summary>Binds a date (as yyyy-MM-dd text) or NULL without boxing.</summary>
    public void Bind(int position, DateOnly? date) => Check(date is { } value ? BindDate(position, value) : BindNull(position));

    /// <summary>Runs the statement and returns how many rows it changed.</summary>
    public int Execute()
    {
        var rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        _arena.Clear();
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }

        return raw.sqlite3_changes(_db);
    }

    /// <summary>Runs a query for the integer in the first column of its first row; false when there is no row.</summary>
    public bool TryQueryInteger(out long value)
    {
        var rc = raw.sqlite3_step(_statement);
        value = rc == raw.SQLITE_ROW ? raw.sqlite3_column_int64(_statement, 0) : 0;
        raw.sqlite3_reset(_statement);
        _arena.Clear();
        if (rc is not (raw.SQLITE_ROW or raw.SQLITE_DONE))
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }

        return rc == raw.SQLITE_ROW;
    }

    /// <summary>Moves a query to its next row; false (and reset) when there are no more.</summary>
    public bool Step()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }

        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }

        return false;
    }

    /// <summary>How many parameters the statement has.</summary>
    public int ParameterCount => raw.sqlite3_bind_parameter_count(_statement);

    /// <summary>The 1-based position of the named parameter (with or without its <c>@</c>, <c>$</c> or <c>:</c>); 0 when there is none.</summary>
    public int ParameterIndex(string name)
    {
        var position = raw.sqlite3_bind_parameter_index(_statement, name);
        foreach (var prefix in new[] { "@", "$", ":" })
        {
            if (position == 0 && !name.StartsWith(prefix, StringComparison.Ordinal))
            {
                position = raw.sqlite3_bind_parameter_index(_statement, prefix + name);
            }
        }

        return position;
    }

    /// <summary>The native statement, for reading rows by direct calls while this object lives.</summary>
    public IntPtr Handle => _handle;

    /// <summary>The text in the 0-based <paramref name="column"/> of the current row.</summary>
    public string Text(int column) => raw.sqlite3_column_text(_statement, column).utf8_to_string();

    /// <summary>The integer in the 0-based <paramref name="column"/> of the current row.</summary>
    public long Integer(int column) => raw.sqlite3_column_int64(_statement, column);

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    private int BindNull(int position) =>
        Direct ? SqliteNative.BindNull(_handle, position) : raw.sqlite3_bind_null(_statement, position);

    private int BindInt(int position, int value) =>
        Direct ? SqliteNative.BindInt(_handle, position, value) : raw.sqlite3_bind_int(_statement, position, value);

    private int BindText(int position, string text)
    {
        if (text.Length == 0)
        {
            return BindBytes(position, EmptyText.AsSpan(0, 0));
        }

        var free = _arena.Free(Encoding.UTF8.GetMaxByteCount(text.Length));
        return BindBytes(position, _arena.Keep(Encoding.UTF8.GetBytes(text, free)));
    }

    private int BindDate(int position, DateOnly date)
    {
        // The text EF Core's SQLite provider stores for a DateOnly: yyyy-MM-dd.
        var text = _arena.Free(10);
        Digits(text[..4], date.Year);
        text[4] = (byte)'-';
        Digits(text.Slice(5, 2), date.Month);
        text[7] = (byte)'-';
        Digits(text.Slice(8, 2), date.Day);
        return BindBytes(position, _arena.Keep(10));
    }

    private static void Digits(Span<byte> into, int value)
    {
        for (var i = into.Length - 1; i >= 0; i--)
        {
            into[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>Binds UTF-8 text held in pinned memory (the arena, or a fixed text) that stays put until the statement runs.</summary>
    private int BindBytes(int position, Span<byte> text)
    {
        fixed (byte* start = text)
        {
            // A zero-length span may give a null pointer, which SQLite would bind as NULL.
            var pointer = start is null ? EmptyTextAddress : start;
            return Direct
                ? SqliteNative.BindText(_handle, position, pointer, text.Length, SqliteNative.Static)
                : raw.sqlite3_bind_text(_statement, position, new ReadOnlySpan<byte>(pointer, text.Length));
        }
    }


    /// <summary>
    /// UTF-8 bytes of the few texts bound over and over (codes and code-set texts), kept pinned for
    /// the life of the process and found by reference. At most <see cref="Limit"/> are kept.
    /// </summary>
    private static class FixedTexts
    {
        private const int Limit = 4096;
        private static readonly ConcurrentDictionary<string, byte[]> Bytes = new(ReferenceEqualityComparer.Instance);

        public static byte[]? TryGet(string text)
        {
            if (Bytes.TryGetValue(text, out var bytes))
            {
                return bytes;
            }

            if (Bytes.Count >= Limit)
            {
                return null;
            }

            bytes = GC.AllocateArray<byte>(Encoding.UTF8.GetByteCount(text), pinned: true);
            Encoding.UTF8.GetBytes(text, bytes);
            return Bytes.GetOrAdd(text, bytes);
        }
    }

    /// <summary>
    /// Pinned memory for the text of one execution, handed out in order and reused after the
    /// statement runs. When a chunk fills, a bigger one is begun and the full one kept until then.
    /// </summary>
    private sealed class TextArena
    {
        private byte[] _chunk = GC.AllocateUninitializedArray<byte>(64 * 1024, pinned: true);
        private List<byte[]>? _full;
        private int _used;

        /// <summary>At least <paramref name="length"/> free bytes; <see cref="Keep"/> then says how many were used.</summary>
        public Span<byte> Free(int length)
        {
            if (_used + length > _chunk.Length)
            {
                (_full ??= []).Add(_chunk);
                _chunk = GC.AllocateUninitializedArray<byte>(Math.Max(length, _chunk.Length * 2), pinned: true);
                _used = 0;
            }

            return _chunk.AsSpan(_used);
        }

        /// <summary>Keeps the first <paramref name="length"/> bytes of the last <see cref="Free"/> span and returns them.</summary>
        public Span<byte> Keep(int length)
        {
            var kept = _chunk.AsSpan(_used, length);
            _used += length;
            return kept;
        }

        public void Clear()
        {
            _full = null;
            _used = 0;
        }
    }
}
