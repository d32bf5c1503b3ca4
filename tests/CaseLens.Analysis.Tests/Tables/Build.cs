using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Tables;
using CaseLens.Domain.Notifications;
using CaseLens.TestKit;

namespace CaseLens.Analysis.Tests.Tables;

/// <summary>Builds one notification table from builder-made cases.</summary>
internal static class Build
{
    public const string Period = "P";

    public static ReportTable Table(string id, params NotificationBuilder[] cases) =>
        Table(id, new TableOptions { PeriodLabel = Period }, cases);

    public static ReportTable Table(string id, TableOptions options, params NotificationBuilder[] cases) =>
        NotificationTables.Build(cases.Select(c => c.Build()).ToArray(), options).Single(t => t.Id == id);
}
