using System.Collections.Frozen;
using System.Reflection;
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
    private static readonly T[] Values = Enum.GetValues<T>();
    private static readonly FrozenDictionary<string, T> ByCode;
    private static readonly FrozenDictionary<T, string> CodeOf;
    private static readonly FrozenDictionary<T, string> LabelOf;
    private static readonly FrozenDictionary<T, int> OrdinalOf;

#pragma warning disable CA1810 // One pass over the members builds all three maps.
    static Codes()
#pragma warning restore CA1810
    {
        var byCode = new Dictionary<string, T>(StringComparer.Ordinal);
        var codeOf = new Dictionary<T, string>();
        var labelOf = new Dictionary<T, string>();
        var ordinalOf = new Dictionary<T, int>();
        foreach (var value in Values)
        {
            var field = typeof(T).GetField(value.ToString(), BindingFlags.Public | BindingFlags.Static)!;
            var code = field.GetCustomAttribute<CodeAttribute>()?.Code ?? ToSnakeCase(field.Name);
            byCode.Add(code, value);
            codeOf.Add(value, code);
            ordinalOf.Add(value, ordinalOf.Count);
            labelOf.Add(value, field.GetCustomAttribute<LabelAttribute>()?.Label ?? Humanise(code));
        }

        ByCode = byCode.ToFrozenDictionary(StringComparer.Ordinal);
        CodeOf = codeOf.ToFrozenDictionary();
        LabelOf = labelOf.ToFrozenDictionary();
        OrdinalOf = ordinalOf.ToFrozenDictionary();
    }

    /// <summary>Every value in declaration order, which is the order tables list them.</summary>
    public static IReadOnlyList<T> All => Values;

    /// <summary>Every code in declaration order, for error messages ("expected one of …").</summary>
    public static IEnumerable<string> AllCodes => Values.Select(Code);

    /// <summary>The value's code in the interchange formats, for example <c>serious_injury</c>.</summary>
    public static string Code(T value) => CodeOf.TryGetValue(value, out var code)
        ? code
        : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {typeof(T).Name}.");

    /// <summary>The value's label for people, as the tables, forms and workbooks print it.</summary>
    public static string Label(T value) => LabelOf[value];

    /// <summary>The value's position in declaration order (0-based).</summary>
    public static int Ordinal(T value) => OrdinalOf.TryGetValue(value, out var ordinal)
        ? ordinal
        : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {typeof(T).Name}.");

    /// <summary>Reads a code exactly (codes are case-sensitive); false for anything else, including a label.</summary>
    public static bool TryParse(string? code, out T value)
    {
        if (code is not null && ByCode.TryGetValue(code, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

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
