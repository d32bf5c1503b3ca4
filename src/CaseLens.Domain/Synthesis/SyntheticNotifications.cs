using CaseLens.Domain.Notifications;

namespace CaseLens.Domain.Synthesis;

/// <summary>
/// Synthetic notifications for demonstrations, tests and benchmarks: every row is valid under the
/// notification coding sheet (including its checks across columns), the distributions roughly
/// follow the seed's 2005-07 cohort (many babies under one, about four in ten rows became a
/// review, most rows carry only the notification-level fields), and no row describes a real child.
/// </summary>
public static class SyntheticNotifications
{
    /// <summary>
    /// Generates <paramref name="rows"/> notifications with case ids <c>S0000001</c>, <c>S0000002</c>, …
    /// and incidents in the study years 2005-06 and 2006-07. The same seed always gives the same rows;
    /// rows are produced one at a time, so a million of them need no more memory than one.
    /// </summary>
    /// <param name="rows">How many rows to produce; 0 or more.</param>
    /// <param name="seed">The seed of the pseudo-random sequence.</param>
    public static IEnumerable<Notification> Generate(int rows, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        return Iterate(rows, seed);
    }

    private static IEnumerable<Notification> Iterate(int rows, int seed)
    {
        // Case ids are S and at least seven digits, as many as the last needs, so that they stay in
        // ordinal order (S10000000 would sort before S9999999), as files written from a store are.
        var digits = Math.Max(7, rows.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        var synthesiser = new NotificationSynthesiser(new Random(seed), digits);
        for (var i = 1; i <= rows; i++)
        {
            yield return synthesiser.Next(i);
        }
    }
}
