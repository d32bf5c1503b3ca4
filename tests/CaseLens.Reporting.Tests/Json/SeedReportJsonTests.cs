using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Disclosure;
using CaseLens.Analysis.Tests.Disclosure;
using CaseLens.Reporting.Json;

namespace CaseLens.Reporting.Tests.Json;

public sealed class SeedReportJsonTests
{
    public static TheoryData<string?> Policies() => new() { (string?)null, "k=6", "nhs-hes" };

    [Theory]
    [MemberData(nameof(Policies))]
    public void The_sample_data_report_validates_against_the_schema(string? policy)
    {
        var report = policy is null ? SeedData.Report.Report : SeedData.ProtectedBy(DisclosurePolicy.Parse(policy, out _)!).Report;
        var json = ScrReportJsonWriter.ToJson(report);
        if (Environment.GetEnvironmentVariable("CASELENS_DUMP_JSON") is { Length: > 0 } dump)
        {
            File.WriteAllText($"{dump}-{policy}.json", json);
        }

        var results = CommittedSchema.Evaluate(json);

        results.IsValid.ShouldBeTrue(CommittedSchema.Errors(results));
    }

    [Fact]
    public void Every_cell_of_the_sample_data_report_reads_back_the_same()
    {
        var report = SeedData.Protected.Report;
        var read = ScrReportJsonReader.Read(ScrReportJsonWriter.ToJson(report));

        read.Problems.ShouldBeEmpty();
        foreach (var table in report.Tables)
        {
            var back = read.Report!.Find(table.Id)!;
            back.Columns.ShouldBe(table.Columns);
            for (var i = 0; i < table.Rows.Count; i++)
            {
                back.Rows[i].Key.ShouldBe(table.Rows[i].Key);
                back.Rows[i].IsSubRow.ShouldBe(table.Rows[i].IsSubRow);
                foreach (var (key, cell) in table.Rows[i].Cells)
                {
                    back.Rows[i].Cells[key].ShouldBe(cell, $"{table.Id} {table.Rows[i].Key} {key}");
                }
            }
        }
    }
}
