using BenchmarkDotNet.Attributes;
using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Tables;
using CaseLens.Benchmarks.Quick;
using CaseLens.Domain.Notifications;

namespace CaseLens.Benchmarks.Bdn;

/// <summary>Every notification table from SCR cases already in memory (the report's computing part).</summary>
[MemoryDiagnoser]
public class TableBenchmarks
{
    private List<Notification> _cases = [];

    [Params(100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _cases = BenchData.ScrCases(Rows).ToList();

    [Benchmark]
    public IReadOnlyList<ReportTable> NotificationTables() =>
        CaseLens.Analysis.Tables.NotificationTables.Build(_cases, new TableOptions { PeriodLabel = "bench" });
}
