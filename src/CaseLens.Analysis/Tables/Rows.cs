using CaseLens.Domain.Coding;

namespace CaseLens.Analysis.Tables;

/// <summary>Row lists from a codebook.</summary>
internal static class Rows
{
    /// <summary>Every code of <typeparamref name="T"/> in declaration order, labelled from the codebook.</summary>
    public static RowSpec[] Of<T>()
        where T : struct, Enum => Codes<T>.All.Select(v => new RowSpec(Codes<T>.Code(v), Codes<T>.Label(v))).ToArray();

    /// <summary>The given codes in the given order, labelled from the codebook.</summary>
    public static RowSpec[] Of<T>(params T[] values)
        where T : struct, Enum => values.Select(v => new RowSpec(Codes<T>.Code(v), Codes<T>.Label(v))).ToArray();

    /// <summary>Counts indexed by enum value, picked in the order of <paramref name="values"/>.</summary>
    public static int[] Pick<T>(int[] countsByOrdinal, params T[] values)
        where T : struct, Enum => values.Select(v => countsByOrdinal[Codes<T>.Ordinal(v)]).ToArray();
}
