using CaseLens.Reporting.Charts;
using CaseLens.Reporting.Docx;
using CaseLens.Reporting.Wording;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using static CaseLens.Reporting.Tests.Docx.DocxPackage;

namespace CaseLens.Reporting.Tests.Docx;

public class DocxReportWriterTests
{
    private static readonly byte[] Bytes = Write();
    private static readonly DocxPackage Package = new(Bytes);

    [Fact]
    public void Every_table_follows_its_caption_in_the_caption_style()
    {
        foreach (var table in ReportBuilders.Full().Tables)
        {
            var cells = Cells(Package.TableAfter(TableLabel.Caption(table)));
            cells.Count.ShouldBe(table.Rows.Count + 1, table.Id);
        }
    }

    [Fact]
    public void Sections_are_heading_1()
    {
        var headings = Package.Body.Where(e => StyleOf(e) == "Heading1").Select(TextOf).ToList();

        headings.ShouldBe(["Notifications", "Intensive sample", "About this report"]);
    }

    [Fact]
    public void Column_headings_carry_n_and_comparators_are_marked()
    {
        var header = Cells(Package.TableAfter(TableLabel.Caption(ReportBuilders.T2())))[0];

        header[1].ShouldBe("Frequency 2005-07(n=189)");
        header[2].ShouldBe("Frequency 2003-05 †(n=161)");
    }

    [Fact]
    public void Suppressed_cells_show_the_mark_and_no_number()
    {
        var rows = Cells(Package.TableAfter(TableLabel.Caption(ReportBuilders.T18())));
        var c = rows.Single(r => r[0] == "C: severe physical assault");

        c.Skip(1).ShouldAllBe(text => text == "<6");
        Cells(Package.TableAfter(TableLabel.Caption(ReportBuilders.T2()))).Single(r => r[0] == "16-17yrs")[1].ShouldBe("<6");
    }

    [Fact]
    public void Count_only_percent_only_and_table21_cells_read_as_in_the_seed()
    {
        Cells(Package.TableAfter(TableLabel.Caption(ReportBuilders.T8()))).Single(r => r[0] == "Neglect")[1].ShouldBe("30");
        Cells(Package.TableAfter(TableLabel.Caption(ReportBuilders.T18()))).Single(r => r[0] == "B: covert filicide").Skip(1).ShouldBe(["27", "22%", "14%"]);
        Cells(Package.TableAfter(TableLabel.Caption(ReportBuilders.T21())))[1][1].ShouldBe("4.3 (0.1–40.6; n=50)");
    }

    [Fact]
    public void Sub_rows_are_in_the_sub_row_style()
    {
        var table = Package.TableAfter(TableLabel.Caption(ReportBuilders.T17()));
        var subRow = table.Elements(W + "tr").Single(tr => TextOf(tr).StartsWith("Head injury", StringComparison.Ordinal));

        StyleOf(subRow.Descendants(W + "p").First()).ShouldBe("TableSubRow");
    }

    [Fact]
    public void Notes_follow_the_table_in_the_note_style()
    {
        var table = Package.TableAfter(TableLabel.Caption(ReportBuilders.T7()));
        var notes = table.ElementsAfterSelf().TakeWhile(e => StyleOf(e) == "TableNote").Select(TextOf).ToList();

        notes.ShouldContain(n => n.Contains("unclear 6", StringComparison.Ordinal));
        notes.ShouldContain(n => n.Contains("Frequency 2005-07 12", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_chart_is_a_png_in_the_media_folder_with_its_caption()
    {
        var charts = ChartSet.For(ReportBuilders.Full());

        Package.Media.Count.ShouldBe(charts.Count);
        Package.MediaBytes.ShouldAllBe(b => b.Length > 8 && b[0] == 0x89 && b[1] == (byte)'P');
        foreach (var chart in charts)
        {
            Package.Body.ShouldContain(e => StyleOf(e) == "Caption" && TextOf(e) == chart.Caption);
        }
    }

    [Fact]
    public void Provenance_is_in_the_last_table()
    {
        var rows = Cells(Package.Body.Last(e => e.Name == W + "tbl"));

        rows.ShouldContain(r => r.SequenceEqual(new[] { "Data set hash (SHA-256)", ReportBuilders.Provenance().DataSetHash }));
        rows.ShouldContain(r => r[0] == "Generated" && r[1].StartsWith("2026-11-26 01:02:03", StringComparison.Ordinal));
    }

    [Fact]
    public void Styles_are_defined_for_every_style_used()
    {
        var defined = Package.Styles.Root!.Elements(W + "style").Select(s => (string)s.Attribute(W + "styleId")!).ToHashSet();
        var used = Package.Document.Descendants(W + "pStyle").Concat(Package.Document.Descendants(W + "tblStyle"))
            .Select(s => (string)s.Attribute(W + "val")!).Distinct();

        used.ShouldAllBe(id => defined.Contains(id));
        defined.ShouldContain("Heading1");
        defined.ShouldContain("Caption");
        defined.ShouldContain("TableGrid");
    }

    [Fact]
    public void Hostile_labels_are_kept_as_text()
    {
        Cells(Package.TableAfter(TableLabel.Caption(ReportBuilders.T4()))).ShouldContain(r => r[0] == ReportBuilders.HostileLabel);
    }

    [Fact]
    public void Characters_xml_cannot_carry_are_dropped_from_data_labels()
    {
        using var stream = new MemoryStream();
        new DocxReportWriter().Write(ReportBuilders.WithUnwritableBoard(), stream);

        var package = new DocxPackage(stream.ToArray());
        Cells(package.Body.Last(e => e.Name == W + "tbl")).ShouldContain(r => r[1].Contains("North Board", StringComparison.Ordinal));
    }

    [Fact]
    public void Document_is_valid_open_xml_and_word_finds_every_picture()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Bytes), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        errors.ShouldBeEmpty();
        var embedded = document.MainDocumentPart!.Document.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Select(b => b.Embed!.Value!).ToList();
        embedded.Count.ShouldBe(ChartSet.For(ReportBuilders.Full()).Count);
        embedded.ShouldAllBe(id => document.MainDocumentPart.GetPartById(id) is ImagePart);
    }

    [Fact]
    public void Package_title_and_dates_come_from_the_provenance()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Bytes), false);

        document.PackageProperties.Title.ShouldBe("Serious case reviews 2005-07: tables and figures");
        document.PackageProperties.Created.ShouldBe(ReportBuilders.GeneratedAt.UtcDateTime);
    }

    private static byte[] Write()
    {
        using var stream = new MemoryStream();
        new DocxReportWriter().Write(ReportBuilders.Full(), stream);
        return stream.ToArray();
    }
}
