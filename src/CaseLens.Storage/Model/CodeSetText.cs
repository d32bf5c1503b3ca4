using System.Collections.Concurrent;
using CaseLens.Domain.Coding;

namespace CaseLens.Storage.Model;

/// <summary>
/// The stored text of a code set (<see cref="CodeSet{T}.ToString"/>), remembered per distinct set:
/// a large import repeats few distinct sets, and building the text is the costliest part of a row.
/// </summary>
internal static class CodeSetText<T>
    where T : struct, Enum
{
    private static readonly ConcurrentDictionary<ulong, string> Texts = new();

    public static string Of(CodeSet<T> set) => set.IsEmpty ? string.Empty : Texts.GetOrAdd(set.Bits, static bits => CodeSet<T>.FromBits(bits).ToString());
}
