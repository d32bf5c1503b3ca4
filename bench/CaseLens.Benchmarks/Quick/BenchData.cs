using CaseLens.Domain.Notifications;
using CaseLens.Domain.Synthesis;
using CaseLens.Interchange;

namespace CaseLens.Benchmarks.Quick;

/// <summary>The synthetic inputs of the benchmarks, made with the product's own generator.</summary>
internal static class BenchData
{
    public const int Seed = 2009;

    /// <summary>Synthetic notifications as the generator makes them (about four in ten are reviews).</summary>
    public static IEnumerable<Notification> Notifications(int rows) => SyntheticNotifications.Generate(rows, Seed);

    /// <summary>Synthetic rows turned into counted SCR cases: review status yes, no exclusion.</summary>
    public static IEnumerable<Notification> ScrCases(int rows) => SyntheticNotifications.Generate(rows, Seed)
        .Select(n => n with { ScrStatus = ScrStatus.Yes, Exclusion = null, IncidentType = n.IncidentType ?? IncidentType.Death });

    public static void WriteCsv(string path, IEnumerable<Notification> rows)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        NotificationCsv.Write(stream, rows);
    }
}
