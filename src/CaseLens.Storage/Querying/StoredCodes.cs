using System.Text;
using CaseLens.Domain.Coding;
using CaseLens.Storage.Model;

namespace CaseLens.Storage.Querying;

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

    /// <summary>The ordinal of the member whose code <paramref name="text"/> is.</summary>
    public int Parse(ReadOnlySpan<byte> text)
    {
        var found = Find(text);
        return found >= 0 ? found : _parse(Encoding.UTF8.GetString(text));
    }

    /// <summary>The bits (<see cref="CodeSet{T}.Bits"/>) of the set whose stored text is <paramref name="text"/>.</summary>
    public ulong ParseSet(ReadOnlySpan<byte> text)
    {
        var bits = 0UL;
        var rest = text;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf((byte)';');
            var found = Find(end < 0 ? rest : rest[..end]);
            if (found < 0)
            {
                // Not the store's own form (codes joined by ';'): parsed as EF would.
                return _parseSet(Encoding.UTF8.GetString(text));
            }

            bits |= 1UL << found;
            rest = end < 0 ? default : rest[(end + 1)..];
        }

        return bits;
    }

    private int Find(ReadOnlySpan<byte> text)
    {
        var codes = _codes;
        for (var i = 0; i < codes.Length; i++)
        {
            if (codes[i].Length == text.Length && text.SequenceEqual(codes[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
