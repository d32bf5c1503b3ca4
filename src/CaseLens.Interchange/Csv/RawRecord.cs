using System.Buffers;
using System.Numerics;
using System.Text;

namespace CaseLens.Interchange.Csv;

/// <summary>Checks of a record's raw UTF-8 bytes that the CSV parser does not make.</summary>
internal static class RawRecord
{
    // Control characters other than tab, line feed and carriage return never occur in text files.
    private static readonly byte[] ControlBytes =
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31];

    private static readonly SearchValues<byte> Binary = SearchValues.Create(ControlBytes);

    private static readonly SearchValues<char> BinaryCharacters = SearchValues.Create(Array.ConvertAll(ControlBytes, b => (char)b));

    /// <summary>The index of the first byte that is not valid UTF-8, or -1.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> raw)
    {
        if (System.Text.Unicode.Utf8.IsValid(raw))
        {
            return -1;
        }

        var index = 0;
        while (index < raw.Length)
        {
            if (Rune.DecodeFromUtf8(raw[index..], out _, out var consumed) != OperationStatus.Done)
            {
                return index;
            }

            index += consumed;
        }

        return -1;
    }

    /// <summary>The index of the first control byte (NUL and the like), or -1.</summary>
    public static int FirstBinary(ReadOnlySpan<byte> raw) => raw.IndexOfAny(Binary);

    /// <summary>The index of the first control character (NUL and the like) of decoded text, or -1.</summary>
    public static int FirstBinary(ReadOnlySpan<char> text) => text.IndexOfAny(BinaryCharacters);

    /// <summary>Line breaks (CR, LF or CR LF, each once) before <paramref name="end"/>.</summary>
    public static int LineBreaksBefore(ReadOnlySpan<byte> raw, int end)
    {
        var count = 0;
        for (var i = 0; i < end && i < raw.Length; i++)
        {
            if (raw[i] == '\n' || (raw[i] == '\r' && (i + 1 >= raw.Length || raw[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Where the quoted field that is never closed opens, or -1 if every quote is closed.</summary>
    public static int UnclosedQuote(ReadOnlySpan<byte> raw)
    {
        var fieldStart = true;
        var open = -1;
        for (var i = 0; i < raw.Length; i++)
        {
            var b = raw[i];
            if (open >= 0)
            {
                if (b == '"')
                {
                    if (i + 1 < raw.Length && raw[i + 1] == '"')
                    {
                        i++;
                    }
                    else
                    {
                        open = -1;
                    }
                }
            }
            else if (fieldStart && b == '"')
            {
                open = i;
                fieldStart = false;
            }
            else
            {
                fieldStart = b is (byte)',' or (byte)'\n' or (byte)'\r';
            }
        }

        return open;
    }

    /// <summary>
    /// Whether a field's raw text breaks RFC 4180 quoting (a stray quote, or text after the closing
    /// one), as UTF-8 bytes or as characters: the same rule for the exact reader and the parallel one.
    /// </summary>
    public static bool BadlyQuoted<T>(ReadOnlySpan<T> field)
        where T : unmanaged, IBinaryInteger<T>
    {
        var quote = T.CreateTruncating('"');
        if (field.Length == 0)
        {
            return false;
        }

        if (field[0] != quote)
        {
            return field.Contains(quote);
        }

        var i = 1;
        while (i < field.Length)
        {
            if (field[i] == quote)
            {
                if (i + 1 < field.Length && field[i + 1] == quote)
                {
                    i += 2;
                    continue;
                }

                return i != field.Length - 1;
            }

            i++;
        }

        return true;
    }
}
