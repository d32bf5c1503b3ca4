namespace CaseLens.Analysis.Comparison;

/// <summary>Which test a <see cref="TableComparison"/> used.</summary>
public enum ComparisonTest
{
    /// <summary>The table could not be tested; <see cref="TableComparison.Reason"/> says why.</summary>
    NotTested,

    /// <summary>Pearson's chi-square test (no continuity correction).</summary>
    ChiSquare,

    /// <summary>Fisher's exact test, because some expected counts are below 5.</summary>
    FisherExact,

    /// <summary>
    /// Fisher's test with its p-value estimated by simulation, because some expected counts are below
    /// 5 and the table has too many others with its margins to enumerate.
    /// </summary>
    FisherSimulated,
}
