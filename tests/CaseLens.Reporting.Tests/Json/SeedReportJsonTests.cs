using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Suppression;
using CaseLens.Analysis.Tests.Suppression;
using CaseLens.Reporting.Json;

namespace CaseLens.Reporting.Tests.Json;

public sealed class SeedReportJsonTests
{
    public static TheoryData<int?> Thresholds() => new() { (int?)null, 6, 10 };

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void The_sample_data_report_validates_against_the_schema(int? suppressBelow)
    {
        var report = suppressBelow is { } k ? new SmallNumberSuppression(k).Apply(SeedReport.Report) : SeedReport.Report;
        var json = ScrReportJsonWriter.ToJson(report);
        if (Environment.GetEnvironmentVariable("CASELENS_DUMP_JSON") is { Length: > 0 } dump)
        {
            File.WriteAllText($"{dump}-{suppressBelow}.json", json);
        }

        var results = CommittedSchema.Evaluate(json);

        results.IsValid.ShouldBeTrue(CommittedSchema.Errors(results));
    }

    [Fact]
    public void Every_cell_of_the_sample_data_report_reads_back_the_same()
    {
        var report = new SmallNumberSuppression(6).Apply(SeedReport.Report);
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
