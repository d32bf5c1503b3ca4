using CaseLens.Analysis.Reports;
using CaseLens.Reporting.Charts;
using CaseLens.Reporting.Wording;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CaseLens.Reporting.Docx;

/// <summary>
/// Writes a report as a Word document a board can edit: a title, a Heading 1 per section
/// (Notifications, Intensive sample), each table under a "Table N: title" paragraph in the Caption style,
/// in the Table Grid style with a repeated header row, its notes beneath in the Table Note style, the
/// figures drawn from it as inline PNG with their own captions, and the provenance last ("About this report").
/// Formatting lives in the styles, not on the text.
/// </summary>
public sealed class DocxReportWriter
{
    public void Write(Report report, Stream stream) => Write(report, ChartSet.For(report), stream);

    public void Write(Report report, ChartSet charts, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentNullException.ThrowIfNull(stream);

        // The packaging API needs a seekable stream; the caller's may not be (an HTTP response).
        using var buffer = new MemoryStream();
        var media = new DocxMedia();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            DocumentTitle.Set(document, report.Provenance);
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Sheet();
            var body = new Body();
            main.Document = new Document(body);
            AppendBody(body, media, report, charts);
            body.Append(PageSetup());
            main.Document.Save();
        }

        media.AddTo(buffer);
        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    private static void AppendBody(Body body, DocxMedia media, Report report, ChartSet charts)
    {
        body.Append(DocxText.Paragraph(DocumentTitle.Of(report.Provenance), DocxStyles.Title));
        if (report.Tables.Any(TableNotes.UsesSuppression))
        {
            body.Append(DocxText.Paragraph(TableNotes.ReportLegend(report)));
        }

        uint pictureId = 1;
        foreach (var (section, tables) in Sections.Group(report))
        {
            body.Append(DocxText.Paragraph(Sections.Heading(section), DocxStyles.Heading1));
            foreach (var table in tables)
            {
                body.Append(DocxText.Paragraph(TableLabel.Caption(table), DocxStyles.Caption));
                body.Append(DocxTable.Of(table));
                foreach (var line in TableNotes.Lines(table))
                {
                    body.Append(DocxText.Paragraph(line, DocxStyles.TableNote));
                }

                foreach (var chart in charts.ForTable(table.Id))
                {
                    body.Append(DocxPicture.Inline(media, chart.Png, chart.Width, chart.Height, pictureId++, chart.Id, chart.Caption));
                    body.Append(DocxText.Paragraph(chart.Caption, DocxStyles.Caption));
                }
            }
        }

        body.Append(DocxText.Paragraph(ProvenanceLines.Heading, DocxStyles.Heading1));
        body.Append(ProvenanceTable(report.Provenance));
    }

    private static Table ProvenanceTable(Provenance provenance)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = DocxStyles.TableGrid },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            DocxStyles.Borders(),
            new TableCaption { Val = ProvenanceLines.Heading }));
        table.Append(new TableGrid(new GridColumn { Width = "2600" }, new GridColumn { Width = "6400" }));
        foreach (var (name, value) in ProvenanceLines.Of(provenance))
        {
            table.Append(new TableRow(
                new TableCell(DocxText.Paragraph(name, DocxStyles.TableHeading)),
                new TableCell(DocxText.Paragraph(value, DocxStyles.TableText))));
        }

        return table;
    }

    /// <summary>A4 portrait with 2.5 cm margins.</summary>
    private static SectionProperties PageSetup() => new(
        new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 1418, Bottom = 1418, Left = 1418U, Right = 1418U, Header = 709U, Footer = 709U, Gutter = 0U });
}
