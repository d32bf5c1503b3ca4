using CaseLens.Analysis.Comparators;
using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Tables;
using CaseLens.Interchange;
using CaseLens.TestKit;

namespace CaseLens.Analysis.Tests.Suppression;

/// <summary>The whole report of the shipped sample data (the seed's 2005-07 cohort), with comparators.</summary>
internal static class SeedReport
{
    private static readonly Lazy<Report> Value = new(Build);

    public static Report Report => Value.Value;

    private static Report Build()
    {
        using var notifications = File.OpenRead(SampleData.Notifications);
        using var intensive = File.OpenRead(SampleData.Intensive);
        using var comparators = File.OpenRead(SampleData.Comparators);
        var cases = NotificationCsv.ReadAll(notifications, TimeProvider.System);
        var sample = IntensiveCsv.ReadAll(intensive);
        var figures = ComparatorCsv.Read(comparators);
        cases.IsValid.ShouldBeTrue();
        sample.IsValid.ShouldBeTrue();
        figures.Succeeded.ShouldBeTrue();
        var options = new ReportOptions
        {
            Tables = new TableOptions { PeriodLabel = "2005-07", Comparators = figures.Value },
            Version = "0.1.0",
        };
        return new ReportBuilder(new FixedClock()).Build(cases.Records, sample.Records, options);
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);
    }
}
