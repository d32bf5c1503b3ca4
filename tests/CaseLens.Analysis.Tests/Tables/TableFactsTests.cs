using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Tables;
using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Tests.Tables;

/// <summary>
/// The facts a table's builder sets (its kind, its section, its rows' kinds), which the renderers and
/// the period comparison read instead of knowing tables by id.
/// </summary>
public sealed class TableFactsTests
{
    private static readonly IReadOnlyList<ReportTable> Tables =
    [
        .. NotificationTables.Build(CodedNotifications.Of([], NotificationFilter.None), new TableOptions()),
        .. IntensiveTables.Build([], new TableOptions()),
    ];

    private static ReportTable Of(string id) => Tables.Single(t => t.Id == id);

    [Fact]
    public void Tables_of_several_codes_a_case_are_multi_response()
    {
        Tables.Where(t => t.Kind == TableKind.MultiResponse).Select(t => t.Id).ShouldBe(["T8", "T10", "T19"]);
        Of("AP2").Kind.ShouldBe(TableKind.Profile);
        Tables.Where(t => t.IsMultiResponse).Select(t => t.Id).ShouldBe(["T8", "T10", "T19", "AP2"], ignoreOrder: true);
    }

    [Fact]
    public void The_review_timescales_are_the_one_table_of_statistics() =>
        Tables.Where(t => t.IsStatistics).Select(t => t.Id).ShouldBe(["T21"]);

    [Fact]
    public void The_intensive_sample_tables_are_in_their_own_section() =>
        Tables.Where(t => t.Section == ReportSection.IntensiveSample).Select(t => t.Id)
            .ShouldBe(["AP2", "A6", "A7", "A8", "A9", "A10", "A11", "TM"]);

    [Fact]
    public void Totals_and_sub_rows_are_marked_where_the_tables_are_built()
    {
        Tables.SelectMany(t => t.Rows.Where(r => r.IsTotal).Select(r => $"{t.Id}/{r.Key}"))
            .ShouldBe(["T18/total", "A6/total", "A7/total", "A8/total", "A9/total", "A10/total", "A11/total"], ignoreOrder: true);
        Tables.SelectMany(t => t.Rows.Where(r => r.IsSubRow).Select(r => $"{t.Id}/{r.Key}"))
            .ShouldBe(["T17/head_injury_under_1"]);
    }

    [Fact]
    public void A_table_read_by_id_gets_the_facts_of_its_builder()
    {
        var bare = Of("A6") with { Kind = TableKind.Frequencies, Section = ReportSection.Notifications, Rows = [.. Of("A6").Rows.Select(r => r with { Kind = RowKind.Category })] };

        var restored = TableCatalog.WithFacts(bare);

        restored.Section.ShouldBe(ReportSection.IntensiveSample);
        restored.Rows.Single(r => r.IsTotal).Key.ShouldBe("total");
        TableCatalog.WithFacts(Of("T19") with { Kind = TableKind.Frequencies }).Kind.ShouldBe(TableKind.MultiResponse);
    }

    [Fact]
    public void A_table_the_catalog_does_not_know_is_left_as_it_is()
    {
        var unknown = Of("T2") with { Id = "X1" };

        TableCatalog.WithFacts(unknown).ShouldBeSameAs(unknown);
    }
}
