using CaseLens.Reporting.Wording;

namespace CaseLens.Reporting.Tests.Wording;

public class TableLabelTests
{
    [Theory]
    [InlineData("T2", "Table 2")]
    [InlineData("T21", "Table 21")]
    [InlineData("A6", "Table A6")]
    [InlineData("A0", "Table A0")]
    [InlineData("F3", "Table F3")]
    [InlineData("TM", "Table TM")]
    [InlineData("AP2", "Table AP2")]
    public void Table_ids_are_named_Table_and_the_seed_number_or_their_id(string id, string expected) => TableLabel.Number(id).ShouldBe(expected);

    [Fact]
    public void Caption_joins_the_number_and_title() =>
        TableLabel.Caption(ReportBuilders.T2()).ShouldBe("Table 2: Age at time of incident, retrospective and population comparisons");
}
