using System.Xml.Linq;
using CaseLens.Analysis.Reports;
using CaseLens.Reporting.Charts;
using SkiaSharp;

namespace CaseLens.Reporting.Tests.Charts;

public class ChartSetTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void Full_report_has_figures_2_to_7_and_the_threshold_map()
    {
        var charts = ChartSet.For(ReportBuilders.Full());

        charts.Select(c => c.Id).ShouldBe(["F2", "F3", "F4", "F5", "F6", "F7", "F9"]);
    }

    [Fact]
    public void Every_png_has_the_signature_and_decodes_to_the_stated_size()
    {
        foreach (var chart in ChartSet.For(ReportBuilders.Full()))
        {
            chart.Png.Take(8).ShouldBe(PngSignature, chart.Id);
            using var bitmap = SKBitmap.Decode(chart.Png);
            bitmap.ShouldNotBeNull(chart.Id);
            bitmap.Width.ShouldBe(chart.Width, chart.Id);
            bitmap.Height.ShouldBe(chart.Height, chart.Id);
        }
    }

    [Fact]
    public void Every_svg_parses_with_an_svg_root_and_ids_scoped_to_its_figure()
    {
        foreach (var chart in ChartSet.For(ReportBuilders.Full()))
        {
            var root = XDocument.Parse(chart.Svg).Root!;
            root.Name.LocalName.ShouldBe("svg", chart.Id);
            root.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>()
                .ShouldAllBe(id => id.StartsWith(chart.Id + "-", StringComparison.Ordinal), chart.Id);
        }
    }

    [Fact]
    public void A_figure_without_its_table_is_left_out()
    {
        var charts = ChartSet.For(ReportBuilders.Of(ReportBuilders.T3()));

        charts.Select(c => c.Id).ShouldBe(["F4"]);
        charts.ForTable("T3").Single().Caption.ShouldBe("Figure 4: Gender and age");
    }

    [Fact]
    public void Figure_7_is_drawn_from_table_F7_and_not_from_table_18()
    {
        ChartSet.For(ReportBuilders.Of(ReportBuilders.T18())).ShouldBeEmpty();
        var figure7 = ChartSet.For(ReportBuilders.Of(ReportBuilders.T18(), ReportBuilders.F7())).Single();

        figure7.Id.ShouldBe("F7");
        figure7.SourceTableId.ShouldBe("F7");
    }

    [Fact]
    public void A_suppressed_cell_is_drawn_with_its_mark_not_a_number()
    {
        var t6 = ReportBuilders.T6();
        var svg = ChartSet.For(ReportBuilders.Of(t6)).Single().Svg;

        TextsOf(svg).ShouldContain("<6");
        TextsOf(svg).ShouldContain("44%");
        TextsOf(svg).ShouldNotContain("2%");
    }

    [Fact]
    public void Threshold_map_shows_the_mark_for_a_suppressed_cell()
    {
        var map = ReportBuilders.TM();
        var level4 = map.Rows[0];
        var cells = level4.Cells.ToDictionary(kv => kv.Key, kv => kv.Value);
        cells["1"] = ReportBuilders.LeakySuppressed();
        map = map with { Rows = [level4 with { Cells = cells }, .. map.Rows.Skip(1)] };

        var texts = TextsOf(ChartSet.For(ReportBuilders.Of(map)).Single().Svg);

        texts.ShouldContain("<6");
        texts.ShouldNotContain("6");
        texts.Count(t => t == "4").ShouldBe(2);
    }

    [Fact]
    public void Threshold_map_labels_each_count()
    {
        var map = ReportBuilders.TM();
        var svg = ChartSet.For(ReportBuilders.Of(map)).Single().Svg;
        var expected = map.Rows.SelectMany(r => map.Columns.Where(c => c.Key != "total").Select(c => r.Cells[c.Key].Count!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        TextsOf(svg).Where(t => t.Length > 0 && t.All(char.IsAsciiDigit)).Order().ShouldBe(expected.Order());
    }

    private static List<string> TextsOf(string svg) =>
        XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
}
