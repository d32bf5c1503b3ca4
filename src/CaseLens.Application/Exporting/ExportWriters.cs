using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Interchange;

namespace CaseLens.Application.Exporting;

/// <summary>The writer of each kind of record in each export format.</summary>
internal static class ExportWriters
{
    public static Action<Stream, IEnumerable<Notification>> Notifications(ExportFormat format) => format switch
    {
        ExportFormat.Csv => NotificationCsv.Write,
        _ => CaseWorkbook.WriteNotifications,
    };

    public static Action<Stream, IEnumerable<IntensiveCase>> Intensive(ExportFormat format) => format switch
    {
        ExportFormat.Csv => IntensiveCsv.Write,
        _ => CaseWorkbook.WriteIntensive,
    };
}
