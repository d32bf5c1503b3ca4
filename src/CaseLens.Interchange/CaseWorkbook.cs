using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Validation;
using CaseLens.Interchange.Xlsx;

namespace CaseLens.Interchange;

/// <summary>
/// The coded records as an Excel workbook for people: one sheet of data with one typed column per
/// variable (whole numbers as numbers, dates as real dates shown <c>yyyy-mm-dd</c>, codes as their
/// human labels, several codes joined by <c>; </c>), header row of the format's column names,
/// frozen. A <c>codes</c> sheet maps every label back to its code and a <c>columns</c> sheet
/// describes each column, so the workbook stays machine usable. No cell is ever a formula.
/// The workbook is written as it goes (a million rows need little memory); the stream is left open.
/// </summary>
public static class CaseWorkbook
{
    public const string NotificationsSheet = "notifications";
    public const string IntensiveSheet = "intensive";

    public static void WriteNotifications(Stream stream, IEnumerable<Notification> notifications)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        XlsxTableWriter.Write(stream, NotificationsSheet, NotificationColumns.All, notifications.Select(NotificationCoding.Write));
    }

    public static void WriteIntensive(Stream stream, IEnumerable<IntensiveCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        XlsxTableWriter.Write(stream, IntensiveSheet, IntensiveColumns.All, cases.Select(IntensiveCoding.Write));
    }
}
