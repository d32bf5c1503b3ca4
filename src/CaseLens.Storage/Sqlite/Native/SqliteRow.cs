using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using CaseLens.Domain.Coding;
using CaseLens.Storage.Model;

namespace CaseLens.Storage.Sqlite.Native;

/// <summary>
/// The current row of a SQLite statement, read column by column through direct calls
/// (<see cref="SqliteNative"/>). Codes and code sets are looked up from the stored UTF-8 bytes
/// without making a string; other text is decoded once. Reads the values as
/// <see cref="RecordColumn{T}"/> stores them.
/// </summary>
internal sealed unsafe class SqliteRow(IntPtr statement)
{
    private const int SqliteNull = 5;
    private const int MaxSharedChars = 64;
    private const int MaxSharedTexts = 4096;

    // Short texts that repeat from row to row (a board's name), each kept as one string.
    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);

    public string? Text(int column)
    {
        var text = SqliteNative.ColumnText(statement, column);
        return text is null ? null : Encoding.UTF8.GetString(text, SqliteNative.ColumnBytes(statement, column));
    }

    /// <summary>
    /// The column's text, for a column whose short values repeat: each distinct short value is made
    /// into a string once per statement (up to a limit) and shared by the rows that hold it.
    /// </summary>
    public string? SharedText(int column)
    {
        var text = SqliteNative.ColumnText(statement, column);
        if (text is null)
        {
            return null;
        }

        var bytes = new ReadOnlySpan<byte>(text, SqliteNative.ColumnBytes(statement, column));
        Span<char> chars = stackalloc char[MaxSharedChars];
        if (!Encoding.UTF8.TryGetChars(bytes, chars, out var length))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        var lookup = _shared.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars[..length], out var shared))
        {
            return shared;
        }

        shared = new string(chars[..length]);
        if (_shared.Count < MaxSharedTexts)
        {
            _shared.Add(shared, shared);
        }

        return shared;
    }

    public int? Integer(int column) =>
        SqliteNative.ColumnType(statement, column) == SqliteNull ? null : SqliteNative.ColumnInt(statement, column);

    public bool? Boolean(int column) =>
        SqliteNative.ColumnType(statement, column) == SqliteNull ? null : SqliteNative.ColumnInt(statement, column) != 0;

    public DateOnly? Date(int column) => TryBytes(column, out var text) ? ParseDate(text) : null;

    public TCode? Code<TCode>(int column)
        where TCode : struct, Enum =>
        TryBytes(column, out var text) ? Utf8Codes<TCode>.Parse(text) : null;

    public CodeSet<TCode> Set<TCode>(int column)
        where TCode : struct, Enum =>
        TryBytes(column, out var text)
            ? Utf8Codes<TCode>.ParseSet(text)
            : throw new InvalidDataException("The store holds NULL where a code set (possibly empty) belongs.");

    /// <summary>
    /// The column's UTF-8 text up to its terminating NUL (one call into SQLite rather than two);
    /// false for NULL. Only for codes, code sets and dates, which never hold a NUL character.
    /// </summary>
    private bool TryBytes(int column, out ReadOnlySpan<byte> bytes)
    {
        var text = SqliteNative.ColumnText(statement, column);
        bytes = text is null ? default : MemoryMarshal.CreateReadOnlySpanFromNullTerminated(text);
        return text is not null;
    }

    /// <summary>The <c>yyyy-MM-dd</c> text EF Core stores for a date; anything else is parsed as Microsoft.Data.Sqlite would.</summary>
    private static DateOnly ParseDate(ReadOnlySpan<byte> text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-')
        {
            var year = Digits(text[..4]);
            var month = Digits(text.Slice(5, 2));
            var day = Digits(text.Slice(8, 2));
            if (year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                return new DateOnly(year, month, day);
            }
        }

        return DateOnly.Parse(Encoding.UTF8.GetString(text), CultureInfo.InvariantCulture);
    }

    /// <summary>The number the ASCII digits spell, or -1 when any byte is not a digit.</summary>
    private static int Digits(ReadOnlySpan<byte> text)
    {
        var value = 0;
        foreach (var digit in text)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return -1;
            }

            value = (value * 10) + (digit - '0');
        }

        return value;
    }

    /// <summary>
    /// Codes and code-set texts found by their UTF-8 bytes: every code is known in advance; each
    /// distinct set text is parsed once (by <see cref="CodeSetConverter{T}"/>, as EF would), up to a limit.
    /// </summary>
    private static class Utf8Codes<TCode>
        where TCode : struct, Enum
    {
        private const int MaxSets = 4096;
        private const int MaxChars = 256;
        private static readonly ConcurrentDictionary<string, TCode> Codes =
            new(Domain.Coding.Codes<TCode>.All.Select(c => KeyValuePair.Create(Domain.Coding.Codes<TCode>.Code(c), c)), StringComparer.Ordinal);

        private static readonly ConcurrentDictionary<string, CodeSet<TCode>> Sets = new(StringComparer.Ordinal);
        private static readonly (byte[] Bytes, TCode Code)[] Utf8 =
            [.. Domain.Coding.Codes<TCode>.All.Select(c => (Encoding.UTF8.GetBytes(Domain.Coding.Codes<TCode>.Code(c)), c))];
        private static readonly ConcurrentDictionary<string, TCode>.AlternateLookup<ReadOnlySpan<char>> CodesByChars = Codes.GetAlternateLookup<ReadOnlySpan<char>>();
        private static readonly ConcurrentDictionary<string, CodeSet<TCode>>.AlternateLookup<ReadOnlySpan<char>> SetsByChars = Sets.GetAlternateLookup<ReadOnlySpan<char>>();

        public static TCode Parse(ReadOnlySpan<byte> text)
        {
            // A handful of codes: comparing lengths first, then bytes, beats hashing the text.
            foreach (var (bytes, value) in Utf8)
            {
                if (bytes.Length == text.Length && text.SequenceEqual(bytes))
                {
                    return value;
                }
            }

            Span<char> chars = stackalloc char[MaxChars];
            if (Encoding.UTF8.TryGetChars(text, chars, out var length) && CodesByChars.TryGetValue(chars[..length], out var code))
            {
                return code;
            }

            // Not a code: the converter says so, naming the text.
            return CodeConverter<TCode>.Parse(Encoding.UTF8.GetString(text));
        }

        public static CodeSet<TCode> ParseSet(ReadOnlySpan<byte> text)
        {
            if (text.IsEmpty)
            {
                return CodeSet<TCode>.Empty;
            }

            if (TryParseExactSet(text, out var exact))
            {
                return exact;
            }

            Span<char> chars = stackalloc char[MaxChars];
            var decoded = Encoding.UTF8.TryGetChars(text, chars, out var length);
            if (decoded && SetsByChars.TryGetValue(chars[..length], out var set))
            {
                return set;
            }

            var key = Encoding.UTF8.GetString(text);
            set = CodeSetConverter<TCode>.Parse(key);
            if (decoded && Sets.Count < MaxSets)
            {
                Sets.TryAdd(key, set);
            }

            return set;
        }

        /// <summary>
        /// The set when every <c>;</c>-separated part is exactly a code (as the store writes sets):
        /// found byte by byte, without a string or a lookup. False for any other text.
        /// </summary>
        private static bool TryParseExactSet(ReadOnlySpan<byte> text, out CodeSet<TCode> set)
        {
            set = CodeSet<TCode>.Empty;
            while (true)
            {
                var end = text.IndexOf((byte)';');
                var part = end < 0 ? text : text[..end];
                var found = false;
                foreach (var (bytes, value) in Utf8)
                {
                    if (bytes.Length == part.Length && part.SequenceEqual(bytes))
                    {
                        set = set.With(value);
                        found = true;
                        break;
                    }
                }

                if (!found)
                {
                    return false;
                }

                if (end < 0)
                {
                    return true;
                }

                text = text[(end + 1)..];
            }
        }
    }
}
