using System.Globalization;
using CaseLens.Analysis.Comparison;
using CaseLens.Application.Printing;

namespace CaseLens.Application.Comparing;

/// <summary>
/// The text form of a comparison: what was compared, one table row per report table (test,
/// statistic, df, p, and a note when a table was not tested or the exact test was used), and a legend.
/// </summary>
internal static class ComparisonText
{
    public static void Write(TextWriter output, ComparedSide a, ComparedSide b, IReadOnlyList<TableComparison> results, TextTableWriter tables)
    {
        output.WriteLine($"A: {a.Label} ({a.Source}, SHA-256 {Short(a.Hash)})");
        output.WriteLine($"B: {b.Label} ({b.Source}, SHA-256 {Short(b.Hash)})");
        output.WriteLine();
        tables(output, new TextTable(
            ["table", "test", "statistic", "df", "p", "note"],
            [.. results.Select(r =>
            {
                var chi = ComparisonNumbers.ChiSquareOf(r);
                return new[]
                {
                    r.TableId,
                    ComparisonNumbers.TestName(r.Test),
                    chi is { } c ? ComparisonNumbers.Statistic(c.Statistic) : "",
                    chi is { } d ? d.DegreesOfFreedom.ToString(CultureInfo.InvariantCulture) : "",
                    r.PValue is { } p ? ComparisonNumbers.P(p) : "",
                    ComparisonNumbers.NeedsNote(r) ? r.Reason : "",
                };
            })]));
        output.WriteLine();
        output.WriteLine("Each table's rows are counted in A and in B and tested for a difference in distribution.");
        output.WriteLine("chi-square: Pearson's test without continuity correction, used when every expected count is at least 5;");
        output.WriteLine("  statistic is X-squared, df its degrees of freedom.");
        output.WriteLine("Fisher exact: the exact test, used when some expected count is below 5; it has no statistic or df.");
        output.WriteLine("Fisher simulated: the same test when its tables are too many to enumerate, p estimated from random tables");
        output.WriteLine("  with the same margins (seeded, so the same data give the same p; the note gives its standard error).");
        output.WriteLine("p: how likely a difference at least this large would be if A and B came from the same distribution.");
        output.WriteLine("  A small p (by convention below 0.05) suggests the distributions differ; a large p means no difference");
        output.WriteLine("  was detected, not that there is none. With many tables, expect about one in twenty below 0.05 by chance.");
        output.WriteLine("not tested: multi-response tables (a case can count in several rows), tables of statistics, tables whose");
        output.WriteLine("  columns are not periods, and tables with suppressed or missing counts.");
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;
}
