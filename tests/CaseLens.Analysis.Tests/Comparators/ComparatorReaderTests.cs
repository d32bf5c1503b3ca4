using CaseLens.Analysis.Comparators;
using CaseLens.TestKit;

namespace CaseLens.Analysis.Tests.Comparators;

public class ComparatorReaderTests
{
    private const string Header = "table,row,column,count,percent\n";

    private static ComparatorReadResult Read(string text) => ComparatorReader.Read(new StringReader(text));

    [Fact]
    public void Reads_the_shipped_comparators()
    {
        using var file = File.OpenText(SampleData.Comparators);

        var result = ComparatorReader.Read(file);

        result.Problems.ShouldBeEmpty();
        result.Comparators!.For("T2").Count.ShouldBe(15);
        result.Comparators.For("T4").First().ShouldBe(new ComparatorFigure("T4", "white", "2003-05", 101, 74, 17));
    }

    [Fact]
    public void Either_count_or_percent_may_be_empty()
    {
        var result = Read(Header + "T4,white,census,,88\nT14,death,2003-05,106,\n");

        result.IsValid.ShouldBeTrue();
        result.Comparators!.Figures.Select(f => (f.Count, f.Percent)).ShouldBe([(null, 88), (106, null)]);
    }

    [Fact]
    public void Unknown_tables_and_rows_are_problems_on_their_lines()
    {
        var result = Read(Header + "T2,under_1,2003-05,76,47\nT99,under_1,x,1,\nT2,infant,x,1,\n");

        result.Comparators.ShouldBeNull();
        result.Problems.Select(p => (p.Line, p.Column)).ShouldBe([(3, "table"), (4, "row")]);
        result.Problems[0].Message.ShouldContain("T99");
    }

    [Fact]
    public void Bad_numbers_are_problems_naming_the_column()
    {
        var result = Read(Header + "T2,under_1,a,7.5,\nT2,1_5,a,-1,\nT2,6_10,a,3,101\nT2,11_15,a,,\n");

        result.Problems.Select(p => p.ToString()).ShouldBe(
        [
            "line 2, column count: '7.5' is not a whole number from 0 to 2147483647",
            "line 3, column count: '-1' is not a whole number from 0 to 2147483647",
            "line 4, column percent: '101' is not a whole number from 0 to 100",
            "line 5: neither a count nor a percent",
        ]);
    }

    [Fact]
    public void A_wrong_header_is_a_problem_on_line_1()
    {
        var result = Read("table,row,col,count,percent\nT2,under_1,a,1,2\n");

        result.Problems.Single().Line.ShouldBe(1);
    }

    [Fact]
    public void An_empty_file_is_a_problem()
    {
        Read(string.Empty).Problems.Single().Line.ShouldBe(1);
    }

    [Fact]
    public void A_wrong_number_of_fields_and_a_repeated_cell_are_problems()
    {
        var result = Read(Header + "T2,under_1,a,1\nT2,under_1,b,1,2\nT2,under_1,b,3,4\n");

        result.Problems.Select(p => p.Line).ShouldBe([2, 4]);
    }

    [Fact]
    public void Problems_are_reported_on_the_line_where_the_record_starts()
    {
        var result = Read(Header + "T2,under_1,\"two\nlines\",x,\nT2,1_5,a,1,\r\nT2,6_10,a,y,\r\n");

        result.Problems.Select(p => p.Line).ShouldBe([2, 5]);
    }

    [Fact]
    public void A1_accepts_any_calendar_quarter_as_a_row()
    {
        Read(Header + "A1,2004-Q3,earlier,12,\n").IsValid.ShouldBeTrue();
        Read(Header + "A1,2004-Q5,earlier,12,\n").IsValid.ShouldBeFalse();
    }
}
