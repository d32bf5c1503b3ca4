using CaseLens.Analysis.Comparators;
using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Tables;
using CaseLens.Interchange;
using CaseLens.TestKit;

namespace CaseLens.Reporting.Tests.SampleReport;

/// <summary>The real report of the shipped sample (2005-07), with the seed's comparators.</summary>
internal static class SampleReportFactory
{
    private static readonly Lazy<Report> Cached = new(Build);

    public static Report Report => Cached.Value;

    /// <summary>The sample's report with small numbers (below 6) suppressed, as the seed prints them (built once for all test projects' files).</summary>
    public static Report Suppressed => Analysis.Tests.Disclosure.SeedData.Protected.Report;

    private static Report Build()
    {
        using var notificationFile = File.OpenRead(SampleData.Notifications);
        var notifications = NotificationCsv.ReadAll(notificationFile, TimeProvider.System);
        notifications.IsValid.ShouldBeTrue();
        using var intensiveFile = File.OpenRead(SampleData.Intensive);
        var intensive = IntensiveCsv.ReadAll(intensiveFile);
        intensive.IsValid.ShouldBeTrue();
        using var comparatorFile = File.OpenRead(SampleData.Comparators);
        var comparators = ComparatorCsv.Read(comparatorFile);
        comparators.Succeeded.ShouldBeTrue();

        var options = new ReportOptions
        {
            Tables = new TableOptions { PeriodLabel = "2005-07", Comparators = comparators.Value },
            Version = "0.1.0-test",
        };
        return new ReportBuilder(new FixedClock(ReportBuilders.GeneratedAt)).Build(notifications.Records, intensive.Records, options);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
