using System.Text.Json;
using System.Text.Json.Nodes;
using CaseLens.Reporting.Json;
using Json.Schema;

namespace CaseLens.Reporting.Tests.Json;

public sealed class ScrReportSchemaTests
{
    private static readonly JsonSchema Schema =
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "scr-report-1.schema.json")));

    private static EvaluationResults Evaluate(string json) =>
        Schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    [Fact]
    public void Writer_output_validates_against_the_committed_schema()
    {
        var results = Evaluate(ScrReportJsonWriter.ToJson(SampleReport.Report));

        results.IsValid.ShouldBeTrue(string.Join("; ", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
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
