using CaseLens.Analysis.Comparators;
using CaseLens.Analysis.Disclosure;
using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Tables;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Interchange;
using CaseLens.TestKit;

namespace CaseLens.Analysis.Tests.Disclosure;

/// <summary>The shipped sample (the seed's 2005-07 cohort, with comparators) and its reports under any filter.</summary>
internal static class SeedData
{
    private static readonly Lazy<(IReadOnlyList<Notification> Cases, IReadOnlyList<IntensiveCase> Sample, ComparatorSet Comparators)> Data = new(Read);
    private static readonly Lazy<SeedReport> Whole = new(() => For(NotificationFilter.None));
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<DisclosurePolicy, Lazy<DisclosedReport>> ByPolicy = new();

    public static IReadOnlyList<Notification> Notifications => Data.Value.Cases;

    public static IReadOnlyList<IntensiveCase> Intensive => Data.Value.Sample;

    /// <summary>The whole sample's report, unsuppressed, with its atoms.</summary>
    public static SeedReport Report => Whole.Value;

    /// <summary>The whole sample's report under <c>k=6</c>.</summary>
    public static DisclosedReport Protected => ProtectedBy(DisclosurePolicy.K(6));

    /// <summary>The whole sample's report under <paramref name="policy"/>, made once per test run.</summary>
    public static DisclosedReport ProtectedBy(DisclosurePolicy policy) =>
        ByPolicy.GetOrAdd(policy, p => new Lazy<DisclosedReport>(() => ReportDisclosure.Protect(Whole.Value.Report, Whole.Value.Atoms, p))).Value;

    public static SeedReport For(NotificationFilter filter)
    {
        var options = new TableOptions { PeriodLabel = "2005-07", Comparators = Data.Value.Comparators, Filter = filter };
        var coded = CodedNotifications.Of(Notifications, filter);
        var report = new ReportBuilder(new FixedClock()).Build(coded, Intensive, new ReportOptions { Tables = options, Version = "0.1.0" });
        return new SeedReport(report, AtomSpace.Of(coded, Intensive, options));
    }

    private static (IReadOnlyList<Notification>, IReadOnlyList<IntensiveCase>, ComparatorSet) Read()
    {
        using var notifications = File.OpenRead(SampleData.Notifications);
        using var intensive = File.OpenRead(SampleData.Intensive);
        using var comparators = File.OpenRead(SampleData.Comparators);
        var cases = NotificationCsv.ReadAll(notifications, new FixedClock());
        var sample = IntensiveCsv.ReadAll(intensive);
        var figures = ComparatorCsv.Read(comparators);
        cases.IsValid.ShouldBeTrue();
        sample.IsValid.ShouldBeTrue();
        figures.Succeeded.ShouldBeTrue();
        return (cases.Records, sample.Records, figures.Value);
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);
    }
}

internal sealed record SeedReport(Report Report, AtomSpace Atoms);
