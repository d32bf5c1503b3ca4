using System.Text.Json;
using CaseLens.Analysis.Tables;
using CaseLens.Domain.Notifications;
using Microsoft.Extensions.Time.Testing;

namespace CaseLens.Interchange.Tests.Counting;

/// <summary>
/// The yardstick of counting a file: reading it whole into records (<see cref="NotificationCsv.ReadAll"/>)
/// and counting those. Counting must give the same problems in the same order, or, for a valid file,
/// the same tables, the same digest and the same span of incidents.
/// </summary>
internal static class CountAgreement
{
    public static readonly TimeProvider Clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 30, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Counts <paramref name="file"/> and checks it against reading it whole; the count, for more checks.</summary>
    public static CountResult ShouldAgree(byte[] file, NotificationFilter scope, int parallelism, string because = "")
    {
        var counted = NotificationCsv.Count(() => new MemoryStream(file, writable: false), Clock, scope, parallelism);
        var read = NotificationCsv.ReadAll(new MemoryStream(file, writable: false), Clock);

        counted.Problems.ShouldBe(read.Problems, because);
        counted.IsValid.ShouldBe(read.IsValid, because);
        if (read.IsValid)
        {
            var coded = CodedNotifications.Of(read.Records, scope);
            var options = new TableOptions { PeriodLabel = "P", Filter = scope };
            Json(NotificationTables.Build(counted.Counts!, options)).ShouldBe(Json(NotificationTables.Build(coded, options)), because);
            Convert.ToHexString(counted.Counts!.Digest).ShouldBe(Convert.ToHexString(coded.Digest), because);
            counted.Counts.Count.ShouldBe(coded.Count, because);
            counted.Counts.IncidentSpan.ShouldBe(NotificationCounts.Of(coded).IncidentSpan, because);
        }

        return counted;
    }

    public static byte[] CsvOf(IEnumerable<Notification> notifications)
    {
        using var buffer = new MemoryStream();
        NotificationCsv.Write(buffer, notifications);
        return buffer.ToArray();
    }

    private static string Json(IReadOnlyList<Analysis.Reports.ReportTable> tables) => JsonSerializer.Serialize(tables);
}
