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

    public Report Build(IReadOnlyList<Notification> notifications, IReadOnlyList<IntensiveCase>? intensiveCases, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        ArgumentNullException.ThrowIfNull(options);
        var tableOptions = options.Tables;
        var sample = intensiveCases ?? [];
        var tables = new List<ReportTable>(NotificationTables.Build(notifications, tableOptions));
        if (sample.Count > 0)
        {
            tables.AddRange(IntensiveTables.Build(sample, tableOptions));
        }

        var filter = tableOptions.Filter;
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
                DataSetHash = DataSetHash.Of(notifications.Where(filter.Matches), sample.Where(filter.Matches)),
                Filters = filter.Describe(),
                Options = recorded,
                Version = options.Version,
                GeneratedAt = _clock.GetUtcNow(),
            },
        };
    }
}
