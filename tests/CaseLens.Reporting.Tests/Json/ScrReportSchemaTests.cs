using System.Text.Json.Nodes;
using CaseLens.Reporting.Json;
using Json.Schema;

namespace CaseLens.Reporting.Tests.Json;

public sealed class ScrReportSchemaTests
{
    private static EvaluationResults Evaluate(string json) => CommittedSchema.Evaluate(json);

    [Fact]
    public void Writer_output_validates_against_the_committed_schema()
    {
        var results = Evaluate(ScrReportJsonWriter.ToJson(SampleReport.Report));

        results.IsValid.ShouldBeTrue(CommittedSchema.Errors(results));
    }

    [Fact]
    public void Schema_rejects_a_suppressed_cell_that_still_has_its_count()
    {
        var node = JsonNode.Parse(ScrReportJsonWriter.ToJson(SampleReport.Report))!;
        node["tables"]![0]!["rows"]![1]!["cells"]!["2005-07"]!["count"] = 4;

        Evaluate(node.ToJsonString()).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void Schema_rejects_an_unknown_column_source()
    {
        var node = JsonNode.Parse(ScrReportJsonWriter.ToJson(SampleReport.Report))!;
        node["tables"]![0]!["columns"]![0]!["source"] = "guess";

        Evaluate(node.ToJsonString()).IsValid.ShouldBeFalse();
    }
}
