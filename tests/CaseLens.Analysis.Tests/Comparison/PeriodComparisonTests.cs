using CaseLens.Analysis.Comparison;
using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Statistics;
using CaseLens.Analysis.Tables;

namespace CaseLens.Analysis.Tests.Comparison;

public sealed class PeriodComparisonTests
{
    // The seed's tables: 2005-07 and 2003-05 counts (R's values in Statistics/reference.R).
    private static readonly (string Key, int Later, int Earlier)[] Ages =
        [("under_1", 86, 76), ("1_5", 44, 33), ("6_10", 18, 11), ("11_15", 20, 26), ("16_17", 21, 15)];

    private static readonly (string Key, int Later, int Earlier)[] Ethnicities =
        [("white", 125, 101), ("mixed", 23, 8), ("black", 13, 17), ("asian", 8, 8), ("other", 4, 2)];

    // With the facts (kind, row kinds) the table of that id has when built, as a report read from JSON gets them.
    private static ReportTable Table(string id, string period, IEnumerable<(string Key, int Count)> rows, bool subRow = false) => TableCatalog.WithFacts(new()
    {
        Id = id,
        Title = id,
        Columns = [new ReportColumn(period, period, rows.Sum(r => r.Count))],
        Rows = rows.Select((r, i) => new ReportRow(r.Key, r.Key, new Dictionary<string, Cell> { [period] = Cell.Of(r.Count) }, subRow && i == 0 ? RowKind.SubRow : RowKind.Category)).ToList(),
    });

    private static Report ReportOf(string period, params ReportTable[] tables) => new()
    {
        Tables = tables,
        Provenance = new Provenance
        {
            PeriodLabel = period,
            DataSetHash = "00",
            Filters = new Dictionary<string, string>(),
            Options = new Dictionary<string, string>(),
            Version = "0.1.0",
            GeneratedAt = DateTimeOffset.UnixEpoch,
        },
    };

    private static Report Earlier(params string[] ids) => ReportOf("2003-05", Tables("2003-05", e => e.Earlier, ids));

    private static Report Later(params string[] ids) => ReportOf("2005-07", Tables("2005-07", e => e.Later, ids));

    private static ReportTable[] Tables(string period, Func<(string Key, int Later, int Earlier), int> pick, string[] ids) =>
        ids.Select(id => Table(id, period, (id == "T4" ? Ethnicities : Ages).Select(r => (r.Key, pick(r))))).ToArray();

    [Fact]
    public void Large_expected_counts_use_chi_square_matching_R()
    {
        var result = PeriodComparison.Compare(Earlier("T2"), Later("T2")).Single();

        result.Test.ShouldBe(ComparisonTest.ChiSquare);
        result.PValue!.Value.ShouldBe(0.486596281522135, 1e-12);
        result.ChiSquare!.DegreesOfFreedom.ShouldBe(4);
        result.First.ShouldBe("2003-05");
        result.Second.ShouldBe("2005-07");
        result.Counts![0, 0].ShouldBe(76);
        result.Counts[0, 1].ShouldBe(86);
    }

    [Fact]
    public void Small_expected_counts_use_Fisher_matching_R()
    {
        var result = PeriodComparison.Compare(Earlier("T4"), Later("T4")).Single();

        result.Test.ShouldBe(ComparisonTest.FisherExact);
        result.Reason.ShouldContain("below 5");
        result.PValue!.Value.ShouldBe(0.144309204910162, 1e-9);
    }

    [Fact]
    public void When_the_exact_test_is_too_large_its_p_is_simulated_close_to_the_exact_one()
    {
        var result = PeriodComparison.Compare(Earlier("T4"), Later("T4"), maxFisherTables: 10).Single();

        result.Test.ShouldBe(ComparisonTest.FisherSimulated);
        result.Reason.ShouldContain("simulated from 100,000 tables (seed 2009, standard error 0.0011)");
        // R's exact p for T4 (see Small_expected_counts_use_Fisher_matching_R).
        result.PValue!.Value.ShouldBe(0.144309204910162, 4 * result.FisherSimulated!.StandardError);
    }

    [Fact]
    public void Multi_response_tables_are_not_tested()
    {
        var result = PeriodComparison.Compare(Earlier("T8"), Later("T8")).Single();

        result.Test.ShouldBe(ComparisonTest.NotTested);
        result.PValue.ShouldBeNull();
        result.Reason.ShouldContain("multi-response");
    }

    [Fact]
    public void Only_tables_in_both_reports_are_compared()
    {
        var results = PeriodComparison.Compare(Earlier("T2"), Later("T2", "T4"));

        results.Select(r => r.TableId).ShouldBe(["T2"]);
    }

    [Fact]
    public void A_table_with_a_suppressed_count_is_not_tested()
    {
        var later = Later("T2");
        var table = later.Tables[0];
        var hidden = table with
        {
            Rows = [table.Rows[0] with { Cells = new Dictionary<string, Cell> { ["2005-07"] = new() { Suppressed = true, Display = "<6" } } }, .. table.Rows.Skip(1)],
        };

        var result = PeriodComparison.Compare(Earlier("T2"), later with { Tables = [hidden] }).Single();

        result.Test.ShouldBe(ComparisonTest.NotTested);
        result.Reason.ShouldContain("suppressed");
    }

    [Fact]
    public void Sub_rows_are_left_out()
    {
        var earlier = ReportOf("2003-05", Table("T17", "2003-05", [("head_injury_under_1", 25), ("physical_assault", 81), ("neglect", 33)], subRow: true));
        var later = ReportOf("2005-07", Table("T17", "2005-07", [("head_injury_under_1", 20), ("physical_assault", 60), ("neglect", 40)], subRow: true));

        var result = PeriodComparison.Compare(earlier, later).Single();

        result.RowKeys.ShouldBe(["physical_assault", "neglect"]);
        result.PValue!.Value.ShouldBe(PearsonChiSquare.Of(ContingencyTable.FromRows([81, 60], [33, 40])).PValue, 1e-12);
    }

    [Fact]
    public void A_period_column_is_compared_with_a_published_comparator_column()
    {
        // Table 14: 2005-07 against the 2003-05 study's published counts.
        var table = new ReportTable
        {
            Id = "T14",
            Title = "Incident type",
            Columns = [new("2005-07", "2005-07", 189), new("2003-05", "2003-05", 161, ColumnSource.Comparator)],
            Rows =
            [
                new("death", "Death", new Dictionary<string, Cell> { ["2005-07"] = Cell.Of(123, 65), ["2003-05"] = Cell.Of(106, 66) }),
                new("serious_injury", "Serious injury", new Dictionary<string, Cell> { ["2005-07"] = Cell.Of(66, 35), ["2003-05"] = Cell.Of(55, 34) }),
            ],
        };

        var result = PeriodComparison.AgainstComparator(ReportOf("2005-07", table), "2003-05").Single();

        result.Test.ShouldBe(ComparisonTest.ChiSquare);
        result.PValue!.Value.ShouldBe(0.881687438615388, 1e-12);
    }
}
