using CaseLens.Analysis.Reports;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Provenance;

namespace CaseLens.Analysis.Tables;

/// <summary>
/// Makes a whole <see cref="Report"/>: the notification tables, then the intensive-sample tables
/// when there is a sample, with the provenance (content hash of the records in scope, filters,
/// options, version, and the time from the injected clock).
/// </summary>
public sealed class ReportBuilder(TimeProvider clock)
{
    private readonly TimeProvider _clock = clock ?? throw new ArgumentNullException(nameof(clock));

    /// <summary>The report of the notifications among <paramref name="notifications"/> and the sample cases that match the options' filter.</summary>
    public Report Build(IReadOnlyList<Notification> notifications, IReadOnlyList<IntensiveCase>? intensiveCases, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        ArgumentNullException.ThrowIfNull(options);
        return Build(CodedNotifications.Of(notifications, options.Tables.Filter), intensiveCases, options);
    }

    /// <summary>
    /// The report of coded notifications already chosen by the options' filter (see
    /// <see cref="NotificationTables.Build(CodedNotifications, TableOptions)"/>) and of the sample
    /// cases that match it. The data set hash combines the notifications' digest N with the
    /// digest I of the sample cases in scope (<see cref="DataSetHash.Combine"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The notifications were chosen by another filter (a bug of the caller).</exception>
    public Report Build(CodedNotifications notifications, IReadOnlyList<IntensiveCase>? intensiveCases, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        return Build(NotificationCounts.Of(notifications), intensiveCases, options);
    }

    /// <summary>
    /// The report of the counts of notifications already chosen by the options' filter (as a CSV file
    /// is counted while it is read) and of the sample cases that match it.
    /// </summary>
    /// <exception cref="ArgumentException">The notifications were chosen by another filter (a bug of the caller).</exception>
    public Report Build(NotificationCounts notifications, IReadOnlyList<IntensiveCase>? intensiveCases, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        ArgumentNullException.ThrowIfNull(options);
        var tableOptions = options.Tables;
        var filter = tableOptions.Filter;
        var sample = intensiveCases ?? [];
        var tables = new List<ReportTable>(NotificationTables.Build(notifications, tableOptions));
        if (sample.Count > 0)
        {
            tables.AddRange(IntensiveTables.Build(sample, tableOptions));
        }

        var recorded = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["period"] = tableOptions.PeriodLabel };
        foreach (var (name, value) in options.RecordedOptions)
        {
            recorded[name] = value;
        }

        return new Report
        {
            Tables = tables,
            Provenance = new Provenance
            {
                PeriodLabel = tableOptions.PeriodLabel,
                DataSetHash = DataSetHash.Combine(notifications.Digest, DataSetHash.IntensiveDigest(sample.Where(filter.Matches))),
                Filters = filter.Describe(),
                Options = recorded,
                Version = options.Version,
                GeneratedAt = _clock.GetUtcNow(),
            },
        };
    }
}
