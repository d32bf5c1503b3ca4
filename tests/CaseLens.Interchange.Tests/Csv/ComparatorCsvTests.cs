using System.Text;
using CaseLens.Analysis.Comparators;
using CaseLens.Domain.Problems;
using CaseLens.TestKit;

namespace CaseLens.Interchange.Tests.Csv;

public class ComparatorCsvTests
{
    private const string Header = "table,row,column,count,percent\n";

    private static Result<ComparatorSet> Read(string text) => ComparatorCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Reads_the_shipped_comparators()
    {
        using var file = File.OpenRead(SampleData.Comparators);

        var result = ComparatorCsv.Read(file);

        result.Problems.ShouldBeEmpty();
        result.Value.For("T2").Count.ShouldBe(15);
        result.Value.For("T4").First().ShouldBe(new ComparatorFigure("T4", "white", "2003-05", 101, 74, 17));
    }

    [Fact]
    public void Either_count_or_percent_may_be_empty()
    {
        var result = Read(Header + "T4,white,census,,88\nT14,death,2003-05,106,\n");

        result.Succeeded.ShouldBeTrue();
        result.Value.Figures.Select(f => (f.Count, f.Percent)).ShouldBe([(null, 88), (106, null)]);
    }

    [Fact]
    public void Unknown_tables_and_rows_are_problems_on_their_lines()
    {
        var result = Read(Header + "T2,under_1,2003-05,76,47\nT99,under_1,x,1,\nT2,infant,x,1,\n");

        result.Kind.ShouldBe(ProblemKind.Invalid);
        result.Problems.Select(p => (p.Line, p.Column)).ShouldBe([(3L, "table"), (4L, "row")]);
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
    public void A_wrong_header_is_a_problem_on_line_1_that_names_no_cell_of_it()
    {
        var result = Read("table,row,col,count,percent\nT2,under_1,a,1,2\n");

        result.Problems.Select(p => (p.Line, p.Column)).ShouldBe([(1L, "3"), (1L, "column")]);
        result.Problems.ShouldAllBe(p => !p.ToString().Contains("col,"));
    }

    [Fact]
    public void Columns_may_come_in_any_order()
    {
        var result = Read("percent,count,column,row,table\n47,76,2003-05,under_1,T2\n");

        result.Value.Figures.ShouldHaveSingleItem().ShouldBe(new ComparatorFigure("T2", "under_1", "2003-05", 76, 47, 2));
    }

    [Fact]
    public void A_header_only_file_is_refused_as_no_records()
    {
        Read(Header).Problems.ShouldHaveSingleItem().Code.ShouldBe("csv.no_records");
    }

    [Fact]
    public void A_UTF_16_file_is_refused_by_name()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Header + "T2,under_1,a,1,2\n")).ToArray();

        ComparatorCsv.Read(new MemoryStream(bytes)).Problems.ShouldHaveSingleItem().Message.ShouldContain("UTF-16");
    }

    [Fact]
    public void A_second_figure_for_a_cell_names_the_line_of_the_first()
    {
        var problem = Read(Header + "T2,under_1,b,1,2\nT2,under_1,b,3,4\n").Problems.ShouldHaveSingleItem();

        problem.Line.ShouldBe(3);
        problem.Code.ShouldBe("comparator.duplicate_figure");
        problem.Message.ShouldContain("the first is on line 2");
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

        result.Problems.Select(p => p.Line).ShouldBe([2L, 4L]);
    }

    [Fact]
    public void Problems_are_reported_on_the_line_where_the_record_starts()
    {
        var result = Read(Header + "T2,under_1,\"two\nlines\",x,\nT2,1_5,a,1,\r\nT2,6_10,a,y,\r\n");

        result.Problems.Select(p => p.Line).ShouldBe([2L, 5L]);
    }

    [Fact]
    public void A1_accepts_any_calendar_quarter_as_a_row()
    {
        Read(Header + "A1,2004-Q3,earlier,12,\n").Succeeded.ShouldBeTrue();
        Read(Header + "A1,2004-Q5,earlier,12,\n").Succeeded.ShouldBeFalse();
    }
}
