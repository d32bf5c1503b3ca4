using CaseLens.Analysis.Disclosure;
using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Tables;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Interchange;
using CaseLens.Storage;
using CaseLens.TestKit;
using CaseLens.TestKit.Databases;

namespace CaseLens.Application.Tests.Releases;

/// <summary>A store holding the shipped sample, and its reports as <c>caselens report --db</c> makes them: read from the store under a filter.</summary>
internal static class SampleStore
{
    public static async Task SeedAsync(CaseStore store, TimeProvider time)
    {
        using var notifications = File.OpenRead(SampleData.Notifications);
        using var intensive = File.OpenRead(SampleData.Intensive);
        await store.ImportAsync(NotificationCsv.ReadAll(notifications, time).Records);
        await store.ImportAsync(IntensiveCsv.ReadAll(intensive).Records);
    }

    /// <summary>The report of the stored cases within <paramref name="filter"/>, unsuppressed, with its atoms.</summary>
    public static async Task<(Report Report, AtomSpace Atoms)> ReportAsync(CaseStore store, NotificationFilter filter, TimeProvider time)
    {
        var coded = await store.ReadCodedNotificationsAsync(filter);
        var intensive = new List<IntensiveCase>();
        await foreach (var item in store.StreamIntensiveCasesAsync())
        {
            intensive.Add(item);
        }

        var options = new TableOptions { PeriodLabel = "2005-07", Filter = filter };
        var report = new ReportBuilder(time).Build(coded, intensive, new ReportOptions { Tables = options, Version = "0.1.0" });
        return (report, AtomSpace.Of(coded, intensive, options));
    }
}
