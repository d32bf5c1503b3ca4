using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace CaseLens.Interchange.Tests.Csv;

/// <summary>Input the formats refuse although a lenient reader would take it (issue 7).</summary>
public sealed class StrictInputTests
{
    private const string Header = "case_id,incident_date,scr_status";

    [Theory]
    [InlineData("utf-16", "UTF-16")]
    [InlineData("utf-16BE", "UTF-16")]
    [InlineData("utf-32", "UTF-32")]
    [InlineData("utf-32BE", "UTF-32")]
    public void Text_with_a_UTF_16_or_UTF_32_byte_order_mark_is_refused_by_name(string encodingName, string named)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Header + "\r\nN1,2005-04-03,no\r\n")).ToArray();

        var rows = NotificationCsv.Read(new MemoryStream(bytes), TimeProvider.System).ToList();

        var row = rows.ShouldHaveSingleItem();
        row.IsFileProblem.ShouldBeTrue();
        var problem = row.Problems.ShouldHaveSingleItem();
        problem.Code.ShouldBe("csv.encoding");
        problem.Message.ShouldContain(named);
        IntensiveCsv.Validate(new MemoryStream(bytes)).ShouldHaveSingleItem().Code.ShouldBe("csv.encoding");
    }

    [Fact]
    public void The_encoding_is_refused_from_a_stream_that_cannot_seek()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Header + "\r\n")).ToArray();

        var problem = NotificationCsv.Validate(new NonSeekableStream(bytes), TimeProvider.System).ShouldHaveSingleItem();

        problem.Message.ShouldContain("UTF-16");
    }

    [Fact]
    public void A_UTF_8_file_read_from_a_stream_that_cannot_seek_keeps_its_first_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "\r\nN1,2005-04-03,no\r\n");

        var result = NotificationCsv.ReadAll(new NonSeekableStream(bytes), TimeProvider.System);

        result.Records.ShouldHaveSingleItem().CaseId.ShouldBe("N1");
    }

    [Theory]
    [InlineData(Header + "\r\n")]
    [InlineData(Header)]
    [InlineData(Header + "\r\n\r\n\n")]
    public void A_header_only_file_is_refused_as_no_records(string text)
    {
        var rows = NotificationCsv.Read(Text(text), TimeProvider.System).ToList();

        var row = rows.ShouldHaveSingleItem();
        row.IsFileProblem.ShouldBeTrue();
        row.Record.ShouldBeNull();
        var problem = row.Problems.ShouldHaveSingleItem();
        problem.Code.ShouldBe("csv.no_records");
        problem.ToString().ShouldStartWith("line 1: no records");
    }

    [Fact]
    public void A_header_only_intensive_file_is_refused_as_no_records()
    {
        var result = IntensiveCsv.ReadAll(Text("case_id,incident_type\r\n"));

        result.IsValid.ShouldBeFalse();
        result.Problems.ShouldHaveSingleItem().Code.ShouldBe("csv.no_records");
    }

    [Fact]
    public void Case_ids_that_differ_only_in_letter_case_are_one_case_named_with_both_ids_and_lines()
    {
        var text = Header + "\r\nSCR-001,2005-04-03,no\r\nN2,2005-04-03,no\r\nscr-001,2005-04-03,no\r\n";

        var problem = NotificationCsv.Validate(Text(text), TimeProvider.System).ShouldHaveSingleItem();

        problem.Code.ShouldBe("csv.duplicate_case_id");
        problem.Line.ShouldBe(4);
        problem.Column.ShouldBe("case_id");
        problem.Message.ShouldContain("\"scr-001\"");
        problem.Message.ShouldContain("\"SCR-001\" on line 2");
    }

    [Fact]
    public void A_date_after_today_by_the_time_provider_is_refused_and_today_is_not()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2020, 5, 1, 12, 0, 0, TimeSpan.Zero));
        var text = Header + ",notification_date\r\nN1,2020-05-01,no,2020-05-01\r\nN2,2020-05-01,no,2020-05-02\r\n";

        var rows = NotificationCsv.Read(Text(text), time).ToList();

        rows[0].IsValid.ShouldBeTrue();
        var problem = rows[1].Problems.ShouldHaveSingleItem();
        problem.Column.ShouldBe("notification_date");
        problem.Message.ShouldContain("to today (2020-05-01)");
    }

    [Fact]
    public void A_header_problem_never_quotes_the_text_of_a_header_cell()
    {
        // A file without its header: the first line is a record, outline and all.
        const string outline = "The child was found by a neighbour";
        var text = $"N1,2005-04-03,no,east,\"{outline}\"\r\nN2,2005-04-03,no,east,x\r\n";

        var problems = NotificationCsv.Validate(Text(text), TimeProvider.System);

        problems.ShouldNotBeEmpty();
        problems.ShouldAllBe(p => p.Line == 1 && p.Code.StartsWith("csv.header."));
        foreach (var shown in problems.Select(p => p.ToString()))
        {
            shown.ShouldNotContain(outline);
            shown.ShouldNotContain("N1");
            shown.ShouldNotContain("east");
            shown.ShouldNotContain("2005-04-03");
        }
    }

    [Fact]
    public void An_unknown_header_column_is_named_by_position_and_by_the_column_meant()
    {
        var problem = NotificationCsv.Validate(Text(Header + ",Region\r\nN1,2005-04-03,no,east\r\n"), TimeProvider.System)
            .ShouldHaveSingleItem();

        problem.Column.ShouldBe("4");
        problem.Message.ShouldContain("did you mean region?");
        problem.Message.ShouldNotContain("Region", Case.Sensitive);
    }

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    /// <summary>A stream that can only be read forwards, as a network or hashing stream is.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}
