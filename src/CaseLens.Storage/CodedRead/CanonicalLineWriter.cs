using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using CaseLens.Domain.Provenance;

namespace CaseLens.Storage.CodedRead;

/// <summary>
/// Writes canonical lines (<see cref="CanonicalText"/>) as UTF-8 bytes, field by field, into 1 MiB
/// pooled segments. With a hash, each full segment is hashed at once and reused; without one the
/// segments are kept, in order, for <see cref="HashInto"/> to hash later.
/// </summary>
internal sealed unsafe class CanonicalLineWriter : IDisposable
{
    private const int SegmentBytes = 1 << 20;

    // The longest text of a date (yyyy-MM-dd), a number or a flag, with its bar.
    private const int MaxShortField = 16;

    private readonly IncrementalHash? _hash;
    private readonly List<(byte[] Bytes, int Length)> _kept = [];
    private byte[] _segment = ArrayPool<byte>.Shared.Rent(SegmentBytes);
    private int _used;

    /// <summary>A writer that hashes into <paramref name="hash"/> as it goes, or (null) keeps its bytes.</summary>
    public CanonicalLineWriter(IncrementalHash? hash) => _hash = hash;

    /// <summary>Free text (UTF-8, as SQLite holds it) as <c>length:text|</c>, or <c>-|</c> for NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Text(byte* text, int length)
    {
        if (text is null)
        {
            Reserve(2);
            _segment[_used++] = (byte)'-';
            _segment[_used++] = (byte)'|';
            return;
        }

        var bytes = new ReadOnlySpan<byte>(text, length);
        if (!Utf8.IsValid(bytes))
        {
            // Decoded as a string would be (bad bytes become U+FFFD), then written from that string.
            var decoded = Encoding.UTF8.GetString(bytes);
            Text(Encoding.UTF8.GetBytes(decoded), decoded.Length);
            return;
        }

        Text(bytes, Encoding.UTF8.GetCharCount(bytes));
    }

    /// <summary>Free text held as a string (as PostgreSQL gives it) as <c>length:text|</c>, or <c>-|</c> for NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Text(string? text)
    {
        if (text is null)
        {
            Reserve(2);
            _segment[_used++] = (byte)'-';
            _segment[_used++] = (byte)'|';
            return;
        }

        var free = Reserve(Encoding.UTF8.GetMaxByteCount(text.Length) + 12);
        if (!text.Length.TryFormat(free, out var written, default, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("A length did not fit its field.");
        }

        free[written++] = (byte)':';
        written += Encoding.UTF8.GetBytes(text, free[written..]);
        free[written++] = (byte)'|';
        _used += written;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Date(DateOnly? value)
    {
        var free = Reserve(MaxShortField);
        var written = 0;
        if (value is { } date)
        {
            Digits(free[..4], date.Year);
            free[4] = (byte)'-';
            Digits(free.Slice(5, 2), date.Month);
            free[7] = (byte)'-';
            Digits(free.Slice(8, 2), date.Day);
            written = 10;
        }

        free[written] = (byte)'|';
        _used += written + 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Number(int? value)
    {
        var free = Reserve(MaxShortField);
        var written = 0;
        if (value is { } number && !number.TryFormat(free, out written, default, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("A number did not fit its field.");
        }

        free[written] = (byte)'|';
        _used += written + 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Flag(bool? value)
    {
        var free = Reserve(MaxShortField);
        ReadOnlySpan<byte> word = value switch { true => "yes"u8, false => "no"u8, null => default };
        word.CopyTo(free);
        free[word.Length] = (byte)'|';
        _used += word.Length + 1;
    }

    /// <summary>A code (its stored bytes; empty when not known) and its bar.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Field(ReadOnlySpan<byte> code)
    {
        var free = Reserve(code.Length + 1);
        code.CopyTo(free);
        free[code.Length] = (byte)'|';
        _used += code.Length + 1;
    }

    /// <summary>A code set from its bits: its codes in declaration order joined by <c>;</c>, and the bar.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Set(StoredCodes codes, ulong bits)
    {
        var first = true;
        for (; bits != 0; bits &= bits - 1)
        {
            var code = codes.Code(BitOperations.TrailingZeroCount(bits));
            var free = Reserve(code.Length + 1);
            var at = 0;
            if (!first)
            {
                free[at++] = (byte)';';
            }

            code.CopyTo(free[at..]);
            _used += at + code.Length;
            first = false;
        }

        Reserve(1);
        _segment[_used++] = (byte)'|';
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void EndLine()
    {
        Reserve(1);
        _segment[_used++] = (byte)'\n';
    }

    /// <summary>Hashes (or keeps) what is written so far; call once, after the last line.</summary>
    public void Complete()
    {
        if (_hash is not null)
        {
            _hash.AppendData(_segment, 0, _used);
            _used = 0;
        }
        else if (_used > 0)
        {
            _kept.Add((_segment, _used));
            _segment = [];
            _used = 0;
        }
    }

    /// <summary>Hashes the kept bytes, in order, into <paramref name="hash"/>, and returns their segments to the pool.</summary>
    public void HashInto(IncrementalHash hash)
    {
        foreach (var (bytes, length) in _kept)
        {
            hash.AppendData(bytes, 0, length);
            ArrayPool<byte>.Shared.Return(bytes);
        }

        _kept.Clear();
    }

    public void Dispose()
    {
        foreach (var (bytes, _) in _kept)
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }

        _kept.Clear();
        if (_segment.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_segment);
            _segment = [];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Text(ReadOnlySpan<byte> bytes, int chars)
    {
        var free = Reserve(bytes.Length + 12);
        if (!chars.TryFormat(free, out var written, default, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("A length did not fit its field.");
        }

        free[written++] = (byte)':';
        bytes.CopyTo(free[written..]);
        written += bytes.Length;
        free[written++] = (byte)'|';
        _used += written;
    }

    /// <summary>At least <paramref name="length"/> free bytes at the end of the current segment.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> Reserve(int length)
    {
        if (_segment.Length - _used < length)
        {
            NextSegment(length);
        }

        return _segment.AsSpan(_used);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void NextSegment(int length)
    {
        if (_hash is not null)
        {
            _hash.AppendData(_segment, 0, _used);
            if (_segment.Length < length)
            {
                ArrayPool<byte>.Shared.Return(_segment);
                _segment = ArrayPool<byte>.Shared.Rent(Math.Max(length, SegmentBytes));
            }
        }
        else
        {
            if (_used > 0)
            {
                _kept.Add((_segment, _used));
            }
            else if (_segment.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_segment);
            }

            _segment = ArrayPool<byte>.Shared.Rent(Math.Max(length, SegmentBytes));
        }

        _used = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Digits(Span<byte> into, int value)
    {
        for (var i = into.Length - 1; i >= 0; i--)
        {
            into[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
