using System.Text;
using CaseLens.Domain.Problems;

namespace CaseLens.Interchange.Tests.Csv;

public class ReaderBehaviourTests
{
    private const string Header = "case_id,incident_date,scr_status,region,case_outline";

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Header + "\r\nN1,2005-04-03,no,east,\r\n")).ToArray();

        var result = NotificationCsv.ReadAll(new MemoryStream(bytes), TimeProvider.System);

        result.Problems.ShouldBeEmpty();
        result.Records.ShouldHaveSingleItem().CaseId.ShouldBe("N1");
    }

    [Fact]
    public void Column_order_is_free_and_absent_optional_columns_are_unknown_values()
    {
        var result = NotificationCsv.ReadAll(Text("scr_status,case_id,incident_date\nno,N1,2005-04-03\n"), TimeProvider.System);

        var n = result.Records.ShouldHaveSingleItem();
        n.CaseId.ShouldBe("N1");
        n.Region.ShouldBeNull();
    }

    [Fact]
    public void Reading_goes_on_after_a_bad_row_and_names_each_bad_row()
    {
        var rows = NotificationCsv.Read(Text(Header + "\nN1,2005-04-03,no,east,\nN2,2005-04-03,maybe,east,\nN3,2005-04-03,no,west,\nN4,2005-04-03,no,,\n"), TimeProvider.System).ToList();

        rows.Select(r => r.Line).ShouldBe([2, 3, 4, 5]);
        rows.Select(r => r.IsValid).ShouldBe([true, false, false, true]);
        rows[1].Problems.ShouldHaveSingleItem().Column.ShouldBe("scr_status");
        rows[2].Problems.ShouldHaveSingleItem().Column.ShouldBe("region");
    }

    [Fact]
    public void A_file_with_one_bad_row_imports_nothing_and_lists_the_problem()
    {
        var result = NotificationCsv.ReadAll(Text(Header + "\nN1,2005-04-03,no,east,\nN2,2005-04-03,no,wales,\n"), TimeProvider.System);

        result.IsValid.ShouldBeFalse();
        result.Records.ShouldBeEmpty();
        result.Problems.ShouldHaveSingleItem().ToString()
            .ShouldStartWith("line 3, column region: got \"wales\"; expected one of: north_east,");
    }

    [Fact]
    public void Validate_lists_every_problem_of_the_file_in_one_pass()
    {
        var problems = NotificationCsv.Validate(Text(Header + "\nN1,2005-04-03,no,wales,\nN1,2005-13-03,no,east,\n"), TimeProvider.System);

        problems.Select(p => (p.Line, p.Column)).ShouldBe([(2L, "region"), (3L, "incident_date"), (3L, "case_id")]);
    }

    [Fact]
    public void Records_after_multi_line_outlines_keep_the_line_they_start_on()
    {
        var rows = NotificationCsv.Read(Text(Header + "\r\nN1,2005-04-03,no,east,\"a\r\nb\r\nc\"\r\n\r\nN2,2005-04-03,no,east,\"d\ne\"\nN3,2005-04-03,no,east,x\n"), TimeProvider.System).ToList();

        rows.Select(r => r.Line).ShouldBe([2, 6, 8]);
        rows[0].Record!.CaseOutline.ShouldBe("a\r\nb\r\nc");
    }

    [Fact]
    public void A_file_problem_is_the_last_result()
    {
        var rows = NotificationCsv.Read(Text(Header + "\nN1,2005-04-03,no,east,\"never closed\nN2,2005-04-03,no,east,\n"), TimeProvider.System).ToList();

        var last = rows.ShouldHaveSingleItem();
        last.IsFileProblem.ShouldBeTrue();
        last.Problems.ShouldHaveSingleItem().Line.ShouldBe(2);
    }

    [Fact]
    public void A_quote_never_closed_in_a_large_file_is_a_problem_not_an_exception()
    {
        var text = new StringBuilder(Header + "\nN1,2005-04-03,no,east,ok\nN2,2005-04-03,no,east,\"");
        for (var i = 0; i < 120_000; i++)
        {
            text.Append("N9,2005-04-03,no,east,text text text\n");
        }

        var problem = NotificationCsv.Validate(Text(text.ToString()), TimeProvider.System).ShouldHaveSingleItem();

        problem.Line.ShouldBe(3);
        problem.Message.ShouldContain("never closed");
    }

    [Fact]
    public void Problems_print_as_line_column_message()
    {
        new Problem("cell.invalid", "got \"x\"; expected one of: east", 12, "region").ToString()
            .ShouldBe("line 12, column region: got \"x\"; expected one of: east");
        new Problem("csv.empty", "the file is empty", 1).ToString().ShouldBe("line 1: the file is empty");
    }

    [Fact]
    public void The_callers_stream_is_left_open()
    {
        var stream = Text(Header + "\nN1,2005-04-03,no,east,\n");

        NotificationCsv.ReadAll(stream, TimeProvider.System);

        stream.CanRead.ShouldBeTrue();
    }

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));
}
