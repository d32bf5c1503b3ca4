using BenchmarkDotNet.Attributes;
using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Tables;
using CaseLens.Benchmarks.Quick;
using CaseLens.Domain.Notifications;

namespace CaseLens.Benchmarks.Bdn;

/// <summary>
/// Every notification table from SCR cases already in memory (the report's computing part): from the
/// coded fields, as a report from the store counts them, and from whole records, as a report from
/// CSV files does (coding the records first).
/// </summary>
[MemoryDiagnoser]
public class TableBenchmarks
{
    private List<Notification> _cases = [];
    private CodedNotifications _coded = CodedNotifications.Of([], NotificationFilter.None);

    [Params(100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _cases = BenchData.ScrCases(Rows).ToList();
        _coded = CodedNotifications.Of(_cases, NotificationFilter.None);
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<ReportTable> FromCodes() =>
        NotificationTables.Build(_coded, new TableOptions { PeriodLabel = "bench" });

    [Benchmark]
    public IReadOnlyList<ReportTable> FromRecords() =>
        NotificationTables.Build(_cases, new TableOptions { PeriodLabel = "bench" });
}
