namespace CaseLens.Analysis.Sampling;

/// <summary>
/// A pseudo-random but reproducible rank for each case: a 64-bit mix (SplitMix64 finaliser) of the seed
/// and an FNV-1a hash of the case id. It depends only on the seed and the id, never on the order of the
/// input or on the runtime's <see cref="Random"/> implementation.
/// </summary>
internal static class SeededPriority
{
    public static ulong Of(int seed, string caseId)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in caseId)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        var z = hash + ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
