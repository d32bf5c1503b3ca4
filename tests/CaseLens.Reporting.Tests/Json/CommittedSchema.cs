using System.Text.Json;
using Json.Schema;

namespace CaseLens.Reporting.Tests.Json;

/// <summary>docs/scr-report-1.schema.json, loaded once (a schema's $id may be registered only once).</summary>
internal static class CommittedSchema
{
    private static readonly JsonSchema Schema =
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "scr-report-1.schema.json")));

    public static EvaluationResults Evaluate(string json) =>
        Schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    public static string Errors(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is not null).Take(5)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}
