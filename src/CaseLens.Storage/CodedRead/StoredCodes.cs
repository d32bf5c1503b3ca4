using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using CaseLens.Domain.Coding;
using CaseLens.Storage.Model;

namespace CaseLens.Storage.CodedRead;

/// <summary>
/// The codes of one coded variable as the store holds them (UTF-8 interchange codes), by ordinal,
/// for reading codes and code sets straight from a row's bytes without a string, a lookup table or
/// generic code per row. Every coding enum's member is its ordinal (0, 1, 2…), so an ordinal found
/// here converts straight to the enum.
/// </summary>
internal sealed class StoredCodes
{
    private readonly byte[][] _codes;
    private readonly Func<string, int> _parse;
    private readonly Func<string, ulong> _parseSet;

    private StoredCodes(byte[][] codes, Func<string, int> parse, Func<string, ulong> parseSet)
    {
        _codes = codes;
        _parse = parse;
        _parseSet = parseSet;
    }

    /// <summary>The codes of <typeparamref name="T"/>.</summary>
    public static StoredCodes Of<T>()
        where T : struct, Enum
    {
        var all = Codes<T>.All;
        var codes = new byte[all.Count][];
        for (var i = 0; i < codes.Length; i++)
        {
            if (Convert.ToInt64(all[i], System.Globalization.CultureInfo.InvariantCulture) != i)
            {
                throw new InvalidOperationException($"{typeof(T).Name}.{all[i]} is not numbered by its position.");
            }

            codes[i] = Encoding.UTF8.GetBytes(Codes<T>.Code(all[i]));
        }

        // Text that is not exactly a code: parsed as EF's converters would, which name it in the error.
        return new StoredCodes(codes, text => Codes<T>.Ordinal(CodeConverter<T>.Parse(text)), text => CodeSetConverter<T>.Parse(text).Bits);
    }

    /// <summary>The stored code of the member with this ordinal.</summary>
    public ReadOnlySpan<byte> Code(int ordinal) => _codes[ordinal];

    /// <summary>The ordinal of the member whose code is the NUL-terminated <paramref name="text"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public unsafe int Parse(byte* text)
    {
        var found = Match(text, 0);
        return found >= 0 ? found : _parse(Encoding.UTF8.GetString(MemoryMarshal.CreateReadOnlySpanFromNullTerminated(text)));
    }

    /// <summary>The bits (<see cref="CodeSet{T}.Bits"/>) of the set whose stored text is the NUL-terminated <paramref name="text"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public unsafe ulong ParseSet(byte* text)
    {
        var bits = 0UL;
        var at = text;
        while (*at != 0)
        {
            var found = Match(at, (byte)';');
            if (found < 0)
            {
                // Not the store's own form (codes joined by ';'): parsed as EF would.
                return _parseSet(Encoding.UTF8.GetString(MemoryMarshal.CreateReadOnlySpanFromNullTerminated(text)));
            }

            bits |= 1UL << found;
            at += _codes[found].Length;
            if (*at == (byte)';' && *++at == 0)
            {
                // A trailing ';' is not the store's form either.
                return _parseSet(Encoding.UTF8.GetString(MemoryMarshal.CreateReadOnlySpanFromNullTerminated(text)));
            }
        }

        return bits;
    }

    /// <summary>The ordinal of the member whose code is <paramref name="text"/> (a string, as PostgreSQL gives it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Parse(string text)
    {
        var found = Match(text.AsSpan());
        return found >= 0 ? found : _parse(text);
    }

    /// <summary>The bits (<see cref="CodeSet{T}.Bits"/>) of the set whose stored text is <paramref name="text"/> (a string).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ulong ParseSet(string text)
    {
        var bits = 0UL;
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf(';');
            var found = Match(end < 0 ? rest : rest[..end]);
            if (found < 0 || end == rest.Length - 1)
            {
                // Not the store's own form (codes joined by ';', none trailing): parsed as EF would.
                return _parseSet(text);
            }

            bits |= 1UL << found;
            rest = end < 0 ? default : rest[(end + 1)..];
        }

        return bits;
    }

    /// <summary>The ordinal of the code that is exactly <paramref name="text"/>; -1 for none. Chars are compared with the code's bytes: a code that is not ASCII never matches here and is left to the parser.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Match(ReadOnlySpan<char> text)
    {
        var codes = _codes;
        for (var i = 0; i < codes.Length; i++)
        {
            var code = codes[i];
            if (code.Length != text.Length)
            {
                continue;
            }

            var j = 0;
            while (j < code.Length && text[j] == code[j])
            {
                j++;
            }

            if (j == code.Length)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The ordinal of the code that <paramref name="text"/> starts with, followed by NUL or by
    /// <paramref name="separator"/> (0 for none); -1 for none. Compares byte by byte, so it never
    /// reads past the NUL (no code holds one).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private unsafe int Match(byte* text, byte separator)
    {
        var codes = _codes;
        for (var i = 0; i < codes.Length; i++)
        {
            var code = codes[i];
            var j = 0;
            while (j < code.Length && text[j] == code[j])
            {
                j++;
            }

            if (j == code.Length && (text[j] == 0 || text[j] == separator))
            {
                return i;
            }
        }

        return -1;
    }
}
