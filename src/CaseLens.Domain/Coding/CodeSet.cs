using System.Numerics;

namespace CaseLens.Domain.Coding;

/// <summary>
/// The codes of a multi-valued cell (for example the categories of a protection plan).
/// An empty set means "not known / not recorded": the formats have no code for "none".
/// Equality is by content and the order is always declaration order, so a record survives
/// export and re-import unchanged.
/// </summary>
public readonly record struct CodeSet<T>
    where T : struct, Enum
{
    private readonly ulong _bits;

    private CodeSet(ulong bits) => _bits = bits;

    /// <summary>The empty set: not known, not recorded.</summary>
    public static CodeSet<T> Empty => default;

    /// <summary>The set of <paramref name="values"/>; a value given twice is held once.</summary>
    public static CodeSet<T> Of(params IEnumerable<T> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        ulong bits = 0;
        foreach (var value in values)
        {
            bits |= Bit(value);
        }

        return new CodeSet<T>(bits);
    }

    /// <summary>Whether no code is recorded ("not known", never "none").</summary>
    public bool IsEmpty => _bits == 0;

    /// <summary>How many codes the set holds.</summary>
    public int Count => BitOperations.PopCount(_bits);

    /// <summary>Whether <paramref name="value"/> is one of the codes.</summary>
    public bool Contains(T value) => (_bits & Bit(value)) != 0;

    /// <summary>The set with <paramref name="value"/> added; this one is unchanged.</summary>
    public CodeSet<T> With(T value) => new(_bits | Bit(value));

    /// <summary>The members in declaration order.</summary>
    public IEnumerable<T> Values => Codes<T>.All.Where(Contains);

    /// <summary>The raw bit mask, for compact storage; bit i is the i-th declared member.</summary>
    public ulong Bits => _bits;

    /// <summary>The set a stored bit mask holds (see <see cref="Bits"/>).</summary>
    public static CodeSet<T> FromBits(ulong bits) => new(bits);

    /// <summary>The cell text: codes in declaration order joined by <c>;</c>, empty when not known.</summary>
    public override string ToString() => string.Join(';', Values.Select(Codes<T>.Code));

    private static ulong Bit(T value) => 1UL << Codes<T>.Ordinal(value);
}
