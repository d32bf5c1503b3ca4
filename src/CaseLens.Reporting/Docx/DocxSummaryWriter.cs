using System.Globalization;
using CaseLens.Domain.CaseSummaries;
using CaseLens.Domain.Coding;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CaseLens.Reporting.Docx;

/// <summary>
/// Writes an intensive case's summary as a Word document laid out as the study's case summary
/// template: a title, a Heading 1 per heading of the template with its sections under a caption
/// (a section not written says so), then the brief chronology as a table (date, agency, event) and
/// the useful quotes with their sources. The styles are the report's (<see cref="DocxStyles"/>).
/// </summary>
public sealed class DocxSummaryWriter
{
    /// <summary>What a section not yet written shows.</summary>
    public const string NotWritten = "Not written yet.";

    public void Write(CaseSummary summary, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(stream);

        // The packaging API needs a seekable stream; the caller's may not be (an HTTP response).
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Sheet();
            var body = new Body();
            main.Document = new Document(body);
            AppendBody(body, summary);
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1418, Bottom = 1418, Left = 1418U, Right = 1418U, Header = 709U, Footer = 709U, Gutter = 0U }));
            main.Document.Save();
        }

        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    private static void AppendBody(Body body, CaseSummary summary)
    {
        body.Append(DocxText.Paragraph("Case summary: " + summary.CaseId, DocxStyles.Title));
        foreach (var (part, sections) in SummaryLayout.Parts)
        {
            body.Append(DocxText.Paragraph(Codes<SummaryPart>.Label(part), DocxStyles.Heading1));
            foreach (var section in sections)
            {
                body.Append(DocxText.Paragraph(Codes<SummarySection>.Label(section), DocxStyles.Caption));
                var text = summary.Text(section);
                foreach (var line in text.Length == 0 ? [NotWritten] : text.Split('\n'))
                {
                    body.Append(DocxText.Paragraph(line));
                }
            }
        }

        body.Append(DocxText.Paragraph("Brief chronology and key details of professional involvement", DocxStyles.Heading1));
        if (summary.Chronology.Count == 0)
        {
            body.Append(DocxText.Paragraph("No entries yet."));
        }
        else
        {
            body.Append(Chronology(summary.Chronology));
        }

        body.Append(DocxText.Paragraph("Useful quotes", DocxStyles.Heading1));
        if (summary.Quotes.Count == 0)
        {
            body.Append(DocxText.Paragraph("No quotes yet."));
        }

        foreach (var quote in summary.Quotes)
        {
            foreach (var line in quote.Text.Split('\n'))
            {
                body.Append(DocxText.Paragraph(line));
            }

            body.Append(DocxText.Paragraph("Source: " + quote.Source, DocxStyles.TableNote));
        }
    }

    private static Table Chronology(IReadOnlyList<ChronologyEntry> entries)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = DocxStyles.TableGrid },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            DocxStyles.Borders(),
            new TableCaption { Val = "Brief chronology" }));
        table.Append(new TableGrid(new GridColumn { Width = "1600" }, new GridColumn { Width = "2200" }, new GridColumn { Width = "5200" }));
        table.Append(new TableRow(
            new TableRowProperties(new TableHeader()),
            Cell("Date", DocxStyles.TableHeading),
            Cell("Agency", DocxStyles.TableHeading),
            Cell("Event", DocxStyles.TableHeading)));
        foreach (var entry in entries)
        {
            table.Append(new TableRow(
                Cell(entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DocxStyles.TableText),
                Cell(entry.Agency, DocxStyles.TableText),
                Cell(entry.Event, DocxStyles.TableText)));
        }

        return table;
    }

    private static TableCell Cell(string text, string style) => new(DocxText.Paragraph(text, style));
}
