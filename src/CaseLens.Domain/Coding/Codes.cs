using System.Collections.ObjectModel;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace CaseLens.Domain.Coding;

/// <summary>
/// The codebook of one coded variable: the codes an enum is written as in the interchange
/// formats and their human labels. A member's code is its name in snake_case unless a
/// <see cref="CodeAttribute"/> says otherwise; codes are case-sensitive.
/// </summary>
public static class Codes<T>
    where T : struct, Enum
{
    // Indexed by ordinal (the position in Values), and keyed by string or number only: maps keyed by
    // the enum itself would be compiled again for each of the ~60 coded variables when a process
    // starts (frozen dictionaries over 60 enum types cost about half a second on 2 cores).
    private static readonly T[] Values = Enum.GetValues<T>();
    private static readonly string[] CodeAt = new string[Values.Length];
    private static readonly string[] LabelAt = new string[Values.Length];
    private static readonly ReadOnlyCollection<string> CodeList = Array.AsReadOnly(CodeAt);
    private static readonly Dictionary<string, int> ByCode = new(Values.Length, StringComparer.Ordinal);

    // The same map looked up by the characters of a cell, without making a string of them.
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ByCodeText;

    /// <summary>True when the values are 0, 1, 2 … in order, so a value's number is its ordinal.</summary>
    private static readonly bool NumberIsOrdinal;

    /// <summary>The ordinal of each value's number, when <see cref="NumberIsOrdinal"/> is false.</summary>
    private static readonly Dictionary<long, int>? OrdinalOfNumber;

#pragma warning disable CA1810 // One pass over the members builds every map.
    static Codes()
#pragma warning restore CA1810
    {
        NumberIsOrdinal = true;
        for (var i = 0; i < Values.Length; i++)
        {
            var field = typeof(T).GetField(Values[i].ToString(), BindingFlags.Public | BindingFlags.Static)!;
            var code = field.GetCustomAttribute<CodeAttribute>()?.Code ?? ToSnakeCase(field.Name);
            ByCode.Add(code, i);
            CodeAt[i] = code;
            LabelAt[i] = field.GetCustomAttribute<LabelAttribute>()?.Label ?? Humanise(code);
            NumberIsOrdinal &= Number(Values[i]) == i;
        }

        if (!NumberIsOrdinal)
        {
            OrdinalOfNumber = new Dictionary<long, int>(Values.Length);
            for (var i = 0; i < Values.Length; i++)
            {
                OrdinalOfNumber.Add(Number(Values[i]), i);
            }
        }

        ByCodeText = ByCode.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Every value in declaration order, which is the order tables list them.</summary>
    public static IReadOnlyList<T> All => Values;

    /// <summary>Every code in declaration order, for error messages ("expected one of …").</summary>
    public static IEnumerable<string> AllCodes => CodeList;

    /// <summary>The value's code in the interchange formats, for example <c>serious_injury</c>.</summary>
    public static string Code(T value) => CodeAt[OrdinalOrThrow(value)];

    /// <summary>The value's label for people, as the tables, forms and workbooks print it.</summary>
    public static string Label(T value) => LabelAt[OrdinalOrThrow(value)];

    /// <summary>The value's position in declaration order (0-based).</summary>
    public static int Ordinal(T value) => OrdinalOrThrow(value);

    /// <summary>Reads a code exactly (codes are case-sensitive); false for anything else, including a label.</summary>
    public static bool TryParse(string? code, out T value)
    {
        if (code is not null && ByCode.TryGetValue(code, out var ordinal))
        {
            value = Values[ordinal];
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Reads a code exactly from the characters of a cell, as <see cref="TryParse(string?, out T)"/> reads it.</summary>
    public static bool TryParse(ReadOnlySpan<char> code, out T value)
    {
        if (ByCodeText.TryGetValue(code, out var ordinal))
        {
            value = Values[ordinal];
            return true;
        }

        value = default;
        return false;
    }

    private static int OrdinalOrThrow(T value)
    {
        var number = Number(value);
        if (NumberIsOrdinal)
        {
            if ((ulong)number < (ulong)Values.Length)
            {
                return (int)number;
            }
        }
        else if (OrdinalOfNumber!.TryGetValue(number, out var ordinal))
        {
            return ordinal;
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {typeof(T).Name}.");
    }

    /// <summary>The value as a number, without boxing, whatever the enum's underlying type.</summary>
    private static long Number(T value) => Unsafe.SizeOf<T>() switch
    {
        1 => Unsafe.As<T, byte>(ref value),
        2 => Unsafe.As<T, short>(ref value),
        4 => Unsafe.As<T, int>(ref value),
        _ => Unsafe.As<T, long>(ref value),
    };

    private static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    private static string Humanise(string code)
    {
        var text = code.Replace('_', ' ');
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
