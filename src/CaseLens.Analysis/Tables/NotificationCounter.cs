using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Tables;

/// <summary>
/// Counts notifications of a report's scope one at a time, for a reader that never holds them all
/// (a CSV file counted as it is read). Counters of parts of a data set, filled on several threads,
/// add up to the counter of the whole. Not thread-safe: one counter a thread.
/// </summary>
public sealed class NotificationCounter
{
    internal NotificationTally Tally { get; } = new();

    /// <summary>How many notifications were counted.</summary>
    public int Count => Tally.Cases;

    /// <summary>Counts one notification, already known to be in scope.</summary>
    public void Add(in NotificationCodes notification) => Tally.Add(in notification);

    /// <summary>Adds the counts of <paramref name="other"/>, which counted other notifications of the same scope.</summary>
    public void Add(NotificationCounter other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Tally.Add(other.Tally);
    }
}
