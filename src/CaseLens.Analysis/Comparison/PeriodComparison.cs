using System.Globalization;
using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Statistics;

namespace CaseLens.Analysis.Comparison;

/// <summary>
/// Compares the distribution of each table between two periods (for example <c>2003-05</c> and
/// <c>2005-07</c>): a rows x 2 table of counts tested for independence.
/// <list type="bullet">
/// <item>Only tables whose rows are mutually exclusive are tested: multi-response tables (T8, T10, T19,
/// AP2) and tables of statistics (T21) are not; sub-rows (T17's <c>head_injury_under_1</c>) and
/// <c>total</c> rows are left out. A row missing from one period counts 0 there; rows empty in both are
/// dropped by the tests.</item>
/// <item>A table is tested on its one period column: the case column keyed by the report's period label,
/// else its only case column with counts; a table of several case columns (T1, T3, T15, A-tables) is not.</item>
/// <item>A table with a suppressed or missing count in a compared row is not tested.</item>
/// <item>Chi-square when every expected count is at least 5; otherwise Fisher's exact test; when that
/// would enumerate too many tables, Fisher's test with its p-value estimated from
/// <see cref="FisherSimulation.DefaultReplicates"/> random tables (seeded, so reproducible).</item>
/// </list>
/// </summary>
public static class PeriodComparison
{
    /// <summary>
    /// How many tables the exact test may enumerate before the p-value is simulated instead: about half
    /// a second on one core, so that a comparison of many tables does not wait on one of them.
    /// </summary>
    /// <value>2,000,000 tables.</value>
    public const long MaxFisherTables = 2_000_000;

    /// <summary>Every table present in both reports, in the second report's order.</summary>
    public static IReadOnlyList<TableComparison> Compare(Report first, Report second, long maxFisherTables = MaxFisherTables)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var results = new List<TableComparison>();
        foreach (var table in second.Tables)
        {
            if (first.Find(table.Id) is not { } earlier)
            {
                continue;
            }

            var a = PeriodColumn(earlier, first.Provenance.PeriodLabel);
            var b = PeriodColumn(table, second.Provenance.PeriodLabel);
            results.Add(a is null || b is null
                ? TableComparison.NotTested(table.Id, first.Provenance.PeriodLabel, second.Provenance.PeriodLabel,
                    "no single period column: the table's columns are not periods")
                : Compare(earlier, a, table, b, maxFisherTables));
        }

        return results;
    }

    /// <summary>
    /// Within one report: each table's period column against its comparator column
    /// <paramref name="comparatorKey"/> (published counts of an earlier study), where the table has both.
    /// </summary>
    public static IReadOnlyList<TableComparison> AgainstComparator(Report report, string comparatorKey, long maxFisherTables = MaxFisherTables)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Tables
            .Where(t => t.Columns.Any(c => c.Key == comparatorKey && c.Source == ColumnSource.Comparator))
            .Select(t => PeriodColumn(t, report.Provenance.PeriodLabel) is { } period
                ? Compare(t, comparatorKey, t, period, maxFisherTables)
                : TableComparison.NotTested(t.Id, comparatorKey, report.Provenance.PeriodLabel, "no single period column"))
            .ToList();
    }

    /// <summary>Column <paramref name="firstColumn"/> of one table against <paramref name="secondColumn"/> of another (or the same).</summary>
    public static TableComparison Compare(ReportTable first, string firstColumn, ReportTable second, string secondColumn, long maxFisherTables = MaxFisherTables)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Id != second.Id)
        {
            throw new ArgumentException($"Tables {first.Id} and {second.Id} are different tables.", nameof(second));
        }

        var id = second.Id;
        if (second.IsMultiResponse)
        {
            return TableComparison.NotTested(id, firstColumn, secondColumn, "multi-response table: a case can count in several rows");
        }

        if (second.IsStatistics)
        {
            return TableComparison.NotTested(id, firstColumn, secondColumn, "a table of statistics, not counts");
        }

        var keys = Compared(first).Concat(Compared(second)).Distinct(StringComparer.Ordinal).ToList();
        var counts = new int[keys.Count, 2];
        for (var i = 0; i < keys.Count; i++)
        {
            var a = CountIn(first, keys[i], firstColumn);
            var b = CountIn(second, keys[i], secondColumn);
            if (a is null || b is null)
            {
                return TableComparison.NotTested(id, firstColumn, secondColumn, $"row {keys[i]} has a suppressed or missing count");
            }

            counts[i, 0] = a.Value;
            counts[i, 1] = b.Value;
        }

        if (keys.Count < 2)
        {
            return TableComparison.NotTested(id, firstColumn, secondColumn, "fewer than two rows to compare");
        }

        var table = new ContingencyTable(counts);
        return Test(id, firstColumn, secondColumn, keys, table, maxFisherTables);
    }

    private static TableComparison Test(string id, string first, string second, List<string> keys, ContingencyTable table, long maxFisherTables)
    {
        var chi = PearsonChiSquare.Of(table);
        var result = new TableComparison(id, first, second, keys, table, ComparisonTest.ChiSquare,
            "chi-square: every expected count is at least 5", chi.PValue) { ChiSquare = chi };
        if (!chi.HasSmallExpected)
        {
            return result;
        }

        return FisherExact.Of(table, maxFisherTables) is { } fisher
            ? result with
            {
                Test = ComparisonTest.FisherExact,
                Reason = "Fisher's exact test: some expected counts are below 5",
                PValue = fisher.PValue,
                Fisher = fisher,
            }
            : Simulated(result, FisherSimulation.Of(table));
    }

    private static TableComparison Simulated(TableComparison result, FisherSimulatedResult simulated) =>
        result with
        {
            Test = ComparisonTest.FisherSimulated,
            Reason = string.Create(
                CultureInfo.InvariantCulture,
                $"Fisher's test, p simulated from {simulated.Replicates:N0} tables (seed {simulated.Seed}, standard error {TwoDigits(simulated.StandardError)}): some expected counts are below 5 and the exact test has too many tables to enumerate"),
            PValue = simulated.PValue,
            FisherSimulated = simulated,
        };

    /// <summary>Two significant digits without an exponent (0.000073), as a reader of a board paper expects.</summary>
    private static string TwoDigits(double value)
    {
        var decimals = value > 0 ? Math.Clamp(1 - (int)Math.Floor(Math.Log10(value)), 0, 15) : 1;
        return value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>The case column keyed by the period label, else the only case column with counts.</summary>
    private static string? PeriodColumn(ReportTable table, string periodLabel)
    {
        var countColumns = table.Columns
            .Where(c => c.Source == ColumnSource.Cases && table.Rows.Any(r => r.Cells.TryGetValue(c.Key, out var cell) && (cell.Count is not null || cell.Suppressed)))
            .ToList();
        if (countColumns.Any(c => c.Key == periodLabel))
        {
            return countColumns.Count == 1 ? periodLabel : null;
        }

        return countColumns.Count == 1 ? countColumns[0].Key : null;
    }

    private static IEnumerable<string> Compared(ReportTable table) =>
        table.Rows.Where(r => r.Kind == RowKind.Category).Select(r => r.Key);

    private static int? CountIn(ReportTable table, string rowKey, string column)
    {
        var row = table.Rows.FirstOrDefault(r => r.Key == rowKey);
        if (row is null)
        {
            return 0;
        }

        return row.Cells.TryGetValue(column, out var cell) && !cell.Suppressed ? cell.Count : null;
    }
}
