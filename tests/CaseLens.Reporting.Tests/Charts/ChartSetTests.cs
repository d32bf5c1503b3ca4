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
    public void Figure_7_falls_back_to_table_18_without_the_age_profile()
    {
        var charts = ChartSet.For(ReportBuilders.Of(ReportBuilders.T18()));

        charts.Single().SourceTableId.ShouldBe("T18");
    }

    [Fact]
    public void A_suppressed_cell_is_drawn_with_its_mark_not_a_number()
    {
        var t6 = ReportBuilders.T6();
        var svg = ChartSet.For(ReportBuilders.Of(t6)).Single().Svg;

        TextsOf(svg).ShouldContain("<6");
        TextsOf(svg).ShouldContain("44%");
    }

    [Fact]
    public void Threshold_map_labels_each_count()
    {
        var svg = ChartSet.For(ReportBuilders.Of(ReportBuilders.TM())).Single().Svg;

        TextsOf(svg).Count(t => t == "6").ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public void Writes_pngs_for_inspection()
    {
        var dir = Path.Combine(Path.GetTempPath(), "caselens-charts");
        Directory.CreateDirectory(dir);
        foreach (var chart in ChartSet.For(ReportBuilders.Full()))
        {
            File.WriteAllBytes(Path.Combine(dir, chart.Id + ".png"), chart.Png);
            File.WriteAllText(Path.Combine(dir, chart.Id + ".svg"), chart.Svg);
        }

        Directory.GetFiles(dir, "*.png").Length.ShouldBeGreaterThanOrEqualTo(7);
    }

    private static List<string> TextsOf(string svg) =>
        XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
}
