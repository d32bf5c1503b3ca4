using System.Globalization;
using CaseLens.Analysis.Reports;

namespace CaseLens.Analysis.Suppression;

/// <summary>
/// Small-number suppression (<c>--suppress-below K</c>): hides counts of fewer than K cases so that no
/// child can be singled out, and enough other cells that no hidden count can be worked out from what
/// the table publishes.
/// <para><b>Primary.</b> Every count cell of a case column with 0 &lt; count &lt; K is hidden. Zeros stay
/// visible (common ONS practice: a zero discloses no individual, and hiding zeros would hide most of a
/// sparse table). Table 21's statistics are hidden in a cell over fewer than K cases (0 &lt; n &lt; K),
/// since a minimum or maximum of so few is one child's value.</para>
/// <para><b>Secondary.</b> The sums a reader can see are found from the table (see <c>PublishedLines</c>):
/// each case column's rows add up to its published n (or its <c>total</c> row), and in tables with two or
/// more case columns each row adds up to its <c>total</c>/<c>all</c> column or to a row total published
/// elsewhere (T3's rows are T2's; T15's show as row percentages; a total below K is taken to be hidden
/// where it is published). In every such line holding a hidden cell at least two cells must be hidden:
/// the line's smallest other non-zero count is hidden (a hidden zero protects little, as a count cannot
/// go below zero; a zero is taken only when nothing else is left), parts before the line's total, ties
/// going to the earlier row and column. This repeats until nothing changes. A line
/// with no other cell to hide is a column whose only count equals its n (a one-row table, or T18's
/// <c>total</c> row against its n): the column's n is hidden (set to null) instead. Finally the hidden
/// cells are checked against all published sums together (a linear system): a hidden count the system
/// still pins down (a "bridge" between two groups of hidden cells) gets one more cell hidden beside it,
/// and the whole procedure repeats. Last, each hidden count must be able to change by one, with other
/// hidden counts changing to keep every sum and none going below zero (hidden zeros can otherwise pin
/// their neighbours): a count that cannot gets one more cell of its lines hidden (or its column's n
/// withheld), and the procedure repeats. The search for such a change is bounded (200,000 steps per
/// cell); a cell whose search runs out is taken as protected.</para>
/// <para><b>Multi-response tables</b> (T8, T10, T19, AP2): the cells do not add up to n, so no column sum
/// is found and only primary suppression applies, unless a <c>total</c> row whose sum holds is present.
/// <b>Percent-only cells</b> (T18's percentage columns, AP2's <c>percent</c>) in a row whose count is
/// hidden are hidden too. Comparator columns (published figures) are never suppressed and take no part.</para>
/// <para>A hidden cell has no count and no percent, <see cref="Cell.Suppressed"/> true and
/// <see cref="Cell.Display"/> "&lt;K". Each table is protected on its own; suppression is not coordinated
/// across tables that share a margin beyond the row totals assumed published.</para>
/// </summary>
public sealed class SmallNumberSuppression
{
    /// <summary>The option's name in a report's provenance.</summary>
    public const string OptionName = "suppress_below";

    /// <param name="threshold">K: counts from 1 to K - 1 are hidden. The seed prints "&lt;6", K = 6.</param>
    public SmallNumberSuppression(int threshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        Threshold = threshold;
    }

    /// <summary>K: the smallest count shown.</summary>
    public int Threshold { get; }

    /// <summary>What a hidden cell shows: "&lt;K".</summary>
    public string Display => "<" + Threshold.ToString(CultureInfo.InvariantCulture);

    /// <summary>Every table suppressed; the threshold recorded as the <c>suppress_below</c> option.</summary>
    public Report Apply(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var options = report.Provenance.Options.ToDictionary(StringComparer.Ordinal);
        options[OptionName] = Threshold.ToString(CultureInfo.InvariantCulture);
        return report with
        {
            Tables = report.Tables.Select(Apply).ToList(),
            Provenance = report.Provenance with { Options = options },
        };
    }

    public ReportTable Apply(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var plan = SuppressionPlan.For(table, Threshold);
        return plan.ApplyTo(table, Display, Threshold);
    }
}
