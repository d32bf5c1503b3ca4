using CaseLens.Domain.CaseSummaries;
using CaseLens.Reporting.Docx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CaseLens.Reporting.Tests.Docx;

public class DocxSummaryWriterTests
{
    private static readonly CaseSummary Summary = new(
        "I07",
        new Dictionary<SummarySection, string>
        {
            [SummarySection.KeyFeatures] = "Hostile to services.\nMoved often.",
            [SummarySection.Hypothesis] = "Isolation <and> neglect & \u0001control characters",
            [SummarySection.MotherMentalHealthCareDetails] = "GP, monthly.",
        },
        [new ChronologyEntry(new DateOnly(2005, 3, 2), "GP", "Missed appointment")],
        [new UsefulQuote("Nobody saw the child.", "Overview report, p. 12")]);

    private static WordprocessingDocument Open(CaseSummary summary)
    {
        var stream = new MemoryStream();
        new DocxSummaryWriter().Write(summary, stream);
        stream.Position = 0;
        return WordprocessingDocument.Open(stream, false);
    }

    [Fact]
    public void The_document_is_valid_Open_XML()
    {
        using var document = Open(Summary);

        new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
    }

    [Fact]
    public void It_is_laid_out_as_the_template_with_the_chronology_and_quotes()
    {
        using var document = Open(Summary);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;

        var headings = new[] { "Key features of the case", "Child and family background", "Professional involvement", "Analysis of interacting risk and protective factors", "What could have been done differently?", "Summary of the serious case review process", "Health markers: details", "Mother's mental health care", "GP, monthly.", "Brief chronology", "Useful quotes" };
        var places = headings.Select(h => text.IndexOf(h, StringComparison.Ordinal)).ToList();
        places.ShouldAllBe(p => p >= 0);
        places.ShouldBeInOrder();
        text.ShouldContain("Moved often.");
        text.ShouldContain("2005-03-02");
        text.ShouldContain("Source: Overview report, p. 12");
        text.ShouldContain(DocxSummaryWriter.NotWritten);
    }

    [Fact]
    public void An_empty_summary_still_makes_a_valid_document()
    {
        using var document = Open(CaseSummary.Empty("I08"));

        new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).ShouldBeEmpty();
    }
}
