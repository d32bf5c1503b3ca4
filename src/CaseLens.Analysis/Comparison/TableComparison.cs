using CaseLens.Analysis.Statistics;

namespace CaseLens.Analysis.Comparison;

/// <summary>
/// Whether one table's distribution differs between two periods (or a period and a published count
/// column): the rows x 2 table of counts and the test of independence run on it.
/// </summary>
/// <param name="TableId">The table's id, for example <c>T2</c>.</param>
/// <param name="First">The first period's column key, for example <c>2003-05</c>.</param>
/// <param name="Second">The second period's column key, for example <c>2005-07</c>.</param>
/// <param name="RowKeys">The rows compared, in order (sub-rows and <c>total</c> rows left out).</param>
/// <param name="Counts">Rows x (first, second); null when not tested.</param>
/// <param name="Test">Which test was used.</param>
/// <param name="Reason">Why that test (or why none), in words for the report.</param>
/// <param name="PValue">The p-value of the test used; null when not tested.</param>
public sealed record TableComparison(
    string TableId,
    string First,
    string Second,
    IReadOnlyList<string> RowKeys,
    ContingencyTable? Counts,
    ComparisonTest Test,
    string Reason,
    double? PValue)
{
    /// <summary>The chi-square result; computed whenever there were counts (it also gives the expected counts).</summary>
    public ChiSquareResult? ChiSquare { get; init; }

    /// <summary>The exact result, when Fisher's test was used.</summary>
    public FisherExactResult? Fisher { get; init; }

    /// <summary>The simulated result, when Fisher's test was too large to enumerate.</summary>
    public FisherSimulatedResult? FisherSimulated { get; init; }

    /// <summary>A comparison that was not made, with the reason a reader is shown (multi-response, statistics, no period column).</summary>
    public static TableComparison NotTested(string tableId, string first, string second, string reason) =>
        new(tableId, first, second, [], null, ComparisonTest.NotTested, reason, null);
}
