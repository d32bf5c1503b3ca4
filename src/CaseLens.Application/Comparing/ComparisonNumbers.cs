using System.Globalization;
using CaseLens.Analysis.Comparison;

namespace CaseLens.Application.Comparing;

/// <summary>How a comparison's test, statistic and p-value are written in words (invariant culture).</summary>
internal static class ComparisonNumbers
{
    /// <summary>p-values below this are written <c>&lt; 0.001</c>.</summary>
    public const double SmallestShownP = 0.001;

    /// <summary>Three significant digits (0.487, 0.0527, 1.00), or <c>&lt; 0.001</c>.</summary>
    public static string P(double p)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(p);
        if (p < SmallestShownP)
        {
            return "< 0.001";
        }

        var decimals = Math.Max(0, 2 - (int)Math.Floor(Math.Log10(p)));
        return p.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>A chi-square statistic to two decimals.</summary>
    public static string Statistic(double statistic) => statistic.ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>The test in words for the text output.</summary>
    public static string TestName(ComparisonTest test) => test switch
    {
        ComparisonTest.ChiSquare => "chi-square",
        ComparisonTest.FisherExact => "Fisher exact",
        ComparisonTest.FisherSimulated => "Fisher simulated",
        _ => "not tested",
    };

    /// <summary>The test as the JSON document's code.</summary>
    public static string TestCode(ComparisonTest test) => test switch
    {
        ComparisonTest.ChiSquare => "chi-square",
        ComparisonTest.FisherExact => "fisher-exact",
        ComparisonTest.FisherSimulated => "fisher-simulated",
        _ => "not-tested",
    };

    /// <summary>The chi-square statistic and degrees of freedom, when chi-square gave the p-value.</summary>
    public static (double Statistic, int DegreesOfFreedom)? ChiSquareOf(TableComparison comparison) =>
        comparison is { Test: ComparisonTest.ChiSquare, ChiSquare: { } chi } ? (chi.Statistic, chi.DegreesOfFreedom) : null;

    /// <summary>Whether the reason is worth a note: always, except for a chi-square test whose approximation is sound.</summary>
    public static bool NeedsNote(TableComparison comparison) =>
        comparison.Test != ComparisonTest.ChiSquare || comparison.ChiSquare is { HasSmallExpected: true };
}
