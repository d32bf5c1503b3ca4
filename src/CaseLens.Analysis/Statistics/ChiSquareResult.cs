namespace CaseLens.Analysis.Statistics;

/// <summary>
/// Pearson's chi-square test of independence on an r x c table, without continuity correction
/// (as R's <c>chisq.test(correct = FALSE)</c>).
/// </summary>
/// <param name="Statistic">Sum over cells of (observed - expected)² / expected; never negative.</param>
/// <param name="DegreesOfFreedom">(r - 1)(c - 1) over the rows and columns with a non-zero total.</param>
/// <param name="PValue">Upper tail of the chi-square distribution at <paramref name="Statistic"/>; 1 when there are no degrees of freedom.</param>
/// <param name="Expected">Expected counts under independence, row total x column total / total, same shape as the input table.</param>
/// <param name="HasSmallExpected">Whether any expected count (of a non-empty row and column) is below 5, when the approximation is doubtful.</param>
public sealed record ChiSquareResult(
    double Statistic,
    int DegreesOfFreedom,
    double PValue,
    IReadOnlyList<IReadOnlyList<double>> Expected,
    bool HasSmallExpected)
{
    /// <summary>The expected count below which the chi-square approximation is called doubtful.</summary>
    public const double SmallExpected = 5.0;
}
