using CaseLens.Domain.Notifications;
using CaseLens.Domain.Synthesis;
using CaseLens.Interchange;

namespace CaseLens.Cli.Tests.Races;

/// <summary>
/// Versions of the same notifications (the same case ids, other values), each told apart by its
/// board, <c>version NAME</c>, which the audit's before and after copies carry too.
/// </summary>
internal static class RaceVersions
{
    public static IReadOnlyList<Notification> Of(string name, int rows, int seed) =>
        [.. SyntheticNotifications.Generate(rows, seed).Select((n, i) => n with { CaseId = $"R{i:D5}", Board = Board(name) })];

    public static string Board(string name) => $"version {name}";

    /// <summary>Writes the records as an interchange CSV file and returns its path.</summary>
    public static string Write(string path, IEnumerable<Notification> records)
    {
        using var stream = File.Create(path);
        NotificationCsv.Write(stream, records);
        return path;
    }
}
