using CaseLens.Reporting.Json;

namespace CaseLens.Reporting.Tests.Json;

public sealed class ScrReportJsonReaderTests
{
    [Fact]
    public void Reading_what_was_written_gives_the_same_document()
    {
        var json = ScrReportJsonWriter.ToJson(SampleReport.Report);

        var result = ScrReportJsonReader.Read(json);

        result.Problems.ShouldBeEmpty();
        result.Report.ShouldNotBeNull();
        ScrReportJsonWriter.ToJson(result.Report).ShouldBe(json);
        result.Report.Find("T2")!.Rows[1].Cells["2005-07"].Suppressed.ShouldBeTrue();
    }

    [Fact]
    public void Every_problem_is_reported_with_its_path()
    {
        const string json = """
            {"format": "scr-report/2", "provenance": {"period_label": "x"},
             "tables": [{"id": "T2", "columns": [{"key": "a", "label": "A", "n": "many", "source": "cases"}], "rows": []}]}
            """;

        var result = ScrReportJsonReader.Read(json);

        result.Succeeded.ShouldBeFalse();
        result.Problems.ShouldContain(p => p.StartsWith("$.format", StringComparison.Ordinal));
        result.Problems.ShouldContain(p => p.StartsWith("$.provenance.data_set_hash", StringComparison.Ordinal));
        result.Problems.ShouldContain(p => p.StartsWith("$.tables[0].title", StringComparison.Ordinal));
        result.Problems.ShouldContain(p => p.StartsWith("$.tables[0].columns[0].n", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_that_is_not_json_is_a_problem_not_an_exception()
    {
        ScrReportJsonReader.Read("{").Succeeded.ShouldBeFalse();
    }
}
