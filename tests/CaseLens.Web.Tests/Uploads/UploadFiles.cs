using System.Text;
using CaseLens.Domain.Notifications;
using CaseLens.Interchange;
using CaseLens.Web.Tests.Hosting;

namespace CaseLens.Web.Tests.Uploads;

/// <summary>Files to upload: notifications like <see cref="TestCases.InScope"/> under new ids, as CSV or as the export's workbook.</summary>
public static class UploadFiles
{
    /// <summary>A date no other test case has: <see cref="Csv"/> breaks it in the rows asked.</summary>
    private const string MarkedDate = "2006-06-02";

    public static Notification[] Cases(string prefix, int count, string board = TestAccounts.Board) =>
        [.. Enumerable.Range(1, count).Select(i => TestCases.All[0] with { CaseId = $"{prefix}{i:D3}", Board = board })];

    /// <summary>The notifications CSV of <paramref name="cases"/>; the 0-based rows in <paramref name="badRows"/> get an impossible incident date.</summary>
    public static byte[] Csv(IReadOnlyList<Notification> cases, params int[] badRows)
    {
        var marked = cases.Select((c, i) => badRows.Contains(i) ? c with { IncidentDate = DateOnly.Parse(MarkedDate, System.Globalization.CultureInfo.InvariantCulture) } : c).ToList();
        using var buffer = new MemoryStream();
        NotificationCsv.Write(buffer, marked);
        return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(buffer.ToArray()).Replace(MarkedDate, "2006-06-32", StringComparison.Ordinal));
    }

    public static byte[] Workbook(IEnumerable<Notification> cases)
    {
        using var buffer = new MemoryStream();
        CaseWorkbook.WriteNotifications(buffer, cases);
        return buffer.ToArray();
    }
}
