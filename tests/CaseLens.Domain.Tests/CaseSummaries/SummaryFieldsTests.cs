using CaseLens.Domain.CaseSummaries;
using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Tests.CaseSummaries;

/// <summary>One name for people of every summary field, which the conflict view and the audit trail both show.</summary>
public sealed class SummaryFieldsTests
{
    [Fact]
    public void Every_section_chronology_part_and_quote_part_has_its_label()
    {
        foreach (var section in Codes<SummarySection>.All)
        {
            SummaryFields.LabelOf(Codes<SummarySection>.Code(section)).ShouldBe(Codes<SummarySection>.Label(section));
        }

        SummaryFields.LabelOf(SummaryFields.Chronology(0, SummaryFields.Date)).ShouldBe("Chronology entry 1: date");
        SummaryFields.LabelOf(SummaryFields.Chronology(11, SummaryFields.Agency)).ShouldBe("Chronology entry 12: agency");
        SummaryFields.LabelOf(SummaryFields.Chronology(2, SummaryFields.Event)).ShouldBe("Chronology entry 3: event");
        SummaryFields.LabelOf(SummaryFields.Quote(0, SummaryFields.QuoteText)).ShouldBe("Quote 1: text");
        SummaryFields.LabelOf(SummaryFields.Quote(499, SummaryFields.Source)).ShouldBe("Quote 500: source");
    }

    [Theory]
    [InlineData("school_nurse")]
    [InlineData("chronology_1_source")]
    [InlineData("quote_1_date")]
    [InlineData("chronology_0_date")]
    [InlineData("chronology_x_date")]
    [InlineData("chronology_1_date_extra")]
    [InlineData("")]
    public void A_name_that_is_no_summary_field_has_no_label(string name) => SummaryFields.LabelOf(name).ShouldBeNull();
}
