namespace CaseLens.Analysis.Statistics;

/// <summary>
/// Fisher's exact test of independence on an r x c table with both margins fixed, two-sided as R's
/// <c>fisher.test</c>: the p-value is the sum of the probabilities of every table with the same margins
/// whose probability is at most the observed table's (times 1 + 10⁻⁷, R's allowance for rounding).
/// </summary>
/// <param name="PValue">The two-sided p-value, in [0, 1].</param>
/// <param name="ObservedProbability">The hypergeometric probability of the observed table itself.</param>
/// <param name="TablesEnumerated">How many tables with the observed margins were summed over.</param>
public sealed record FisherExactResult(double PValue, double ObservedProbability, long TablesEnumerated);
