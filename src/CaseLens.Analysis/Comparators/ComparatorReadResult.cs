namespace CaseLens.Analysis.Comparators;

/// <summary>
/// What reading a comparator file gave: the figures when the file is valid, otherwise every
/// problem found. A file is taken whole or not at all.
/// </summary>
public sealed record ComparatorReadResult(ComparatorSet? Comparators, IReadOnlyList<ComparatorProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
