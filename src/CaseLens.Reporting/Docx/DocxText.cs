using CaseLens.Interchange.Xlsx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CaseLens.Reporting.Docx;

/// <summary>Runs and paragraphs of plain text in a named style; text that XML cannot carry is dropped.</summary>
internal static class DocxText
{
    public static Run Run(string text) =>
        new(new Text(XmlText.Clean(text, keepLineBreaks: false)) { Space = SpaceProcessingModeValues.Preserve });

    public static Paragraph Paragraph(string text, string? style = null)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(Run(text));
        return paragraph;
    }
}
