using CaseLens.Analysis.Comparators;
using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Tables;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Interchange;
using CaseLens.TestKit;

namespace CaseLens.Analysis.Tests.Tables;

/// <summary>The tables of the shipped sample data set, read once.</summary>
internal static class SampleTables
{
    private static readonly Lazy<IReadOnlyList<Notification>> LazyNotifications = new(() =>
    {
        using var file = File.OpenRead(SampleData.Notifications);
        var result = NotificationCsv.ReadAll(file, TimeProvider.System);
        return result.IsValid ? result.Records : throw new InvalidOperationException(string.Join("; ", result.Problems));
    });

    private static readonly Lazy<IReadOnlyList<IntensiveCase>> LazyIntensive = new(() =>
    {
        using var file = File.OpenRead(SampleData.Intensive);
        var result = IntensiveCsv.ReadAll(file);
        return result.IsValid ? result.Records : throw new InvalidOperationException(string.Join("; ", result.Problems));
    });

    private static readonly Lazy<ComparatorSet> LazyComparators = new(() =>
    {
        using var file = File.OpenRead(SampleData.Comparators);
        var result = ComparatorCsv.Read(file);
        return result.Succeeded ? result.Value : throw new InvalidOperationException(string.Join("; ", result.Problems));
    });

    private static readonly Lazy<IReadOnlyList<ReportTable>> LazyTables = new(() =>
    [
        .. NotificationTables.Build(Notifications, Options),
        .. IntensiveTables.Build(Intensive, Options),
    ]);

    private static readonly Lazy<IReadOnlyList<ReportTable>> LazyFirstYear = new(() =>
        NotificationTables.Build(Notifications, Options with { Filter = new NotificationFilter { StudyYear = new StudyYear(2005) } }));

    public static IReadOnlyList<Notification> Notifications => LazyNotifications.Value;

    public static IReadOnlyList<IntensiveCase> Intensive => LazyIntensive.Value;

    public static ComparatorSet Comparators => LazyComparators.Value;

    public static TableOptions Options => new() { PeriodLabel = "2005-07", Comparators = Comparators };

    /// <summary>A table of the whole sample, with the comparators.</summary>
    public static ReportTable Table(string id) => LazyTables.Value.Single(t => t.Id == id);

    /// <summary>A table of the 2005-06 study year only.</summary>
    public static ReportTable FirstYearTable(string id) => LazyFirstYear.Value.Single(t => t.Id == id);
}
