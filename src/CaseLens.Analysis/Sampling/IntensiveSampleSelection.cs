using System.Globalization;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;

namespace CaseLens.Analysis.Sampling;

/// <summary>
/// Draws a reproducible intensive sample of SCR cases (scr_status yes, no exclusion), as the biennial
/// analysis drew 40 of its 189 cases for closer study.
/// <list type="number">
/// <item><b>Strata</b>: age group x incident type (unknowns form strata of their own). Each stratum gets
/// its proportional share, size x stratum / population, rounded down, and the cases left over go one each
/// to the strata with the largest remainders (ties: larger stratum, then age group and incident type
/// order). So every stratum is within 1 of its proportional share and the total is exactly the size.</item>
/// <item><b>Choice within strata</b>: strata are filled in turn, one case at a time; each time the case
/// whose gender, ethnicity and region are most under-represented in the sample so far (relative to the
/// population) is taken, ties going to the lowest seeded priority.</item>
/// </list>
/// The priority is a hash of the seed and the case id, and the population is put in case-id order first,
/// so the same seed and the same cases give the same sample whatever order they come in.
/// </summary>
public static class IntensiveSampleSelection
{
    /// <summary>The problem code of a sample size out of range.</summary>
    public const string SizeCode = "sample.size";

    /// <summary>Draws a sample of <paramref name="size"/> cases from the notifications that are SCR cases, reproducibly for <paramref name="seed"/>.</summary>
    public static IntensiveSample Select(IEnumerable<Notification> notifications, int size, int seed)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        var population = notifications
            .Where(TableBases.IsScrCase)
            .OrderBy(n => n.CaseId, StringComparer.Ordinal)
            .ToList();
        if (size < 1 || size > population.Count)
        {
            return new IntensiveSample([], [], null,
                [new Problem(SizeCode, string.Create(CultureInfo.InvariantCulture, $"The sample size must be from 1 to the number of SCR cases ({population.Count}); it was {size}."))]);
        }

        var groups = population
            .GroupBy(StratumOf)
            .OrderBy(g => g.Key.Age is { } age ? (int)age : int.MaxValue)
            .ThenBy(g => g.Key.Type is { } type ? (int)type : int.MaxValue)
            .ToList();
        var allocation = Allocate(groups.Select(g => g.Count()).ToList(), size, population.Count);
        var strata = groups
            .Select((g, s) => new Stratum(g.Key.Age, g.Key.Type, g.Count(), (double)size * g.Count() / population.Count, allocation[s]))
            .ToList();

        var chooser = new BalancedChoice(population, seed);
        var remaining = groups.Select(g => g.ToList()).ToList();
        var left = allocation.ToArray();
        while (left.Any(l => l > 0))
        {
            for (var s = 0; s < remaining.Count; s++)
            {
                if (left[s] == 0)
                {
                    continue;
                }

                var chosen = chooser.Choose(remaining[s]);
                remaining[s].Remove(chosen);
                left[s]--;
            }
        }

        var sample = chooser.Chosen.OrderBy(n => n.CaseId, StringComparer.Ordinal).ToList();
        return new IntensiveSample(sample, strata, SampleBalance.Table(population, sample), []);
    }

    private static (AgeGroup? Age, IncidentType? Type) StratumOf(Notification n) =>
        (n.AgeMonths is { } months ? Age.GroupOf(months) : null, n.IncidentType);

    /// <summary>Largest-remainder rounding of size x population_s / total, in exact integer arithmetic.</summary>
    private static int[] Allocate(IReadOnlyList<int> populations, int size, int total)
    {
        var floors = populations.Select(p => (int)((long)size * p / total)).ToArray();
        var remainders = populations.Select(p => (long)size * p % total).ToArray();
        var extra = size - floors.Sum();
        foreach (var s in Enumerable.Range(0, populations.Count)
                     .OrderByDescending(s => remainders[s])
                     .ThenByDescending(s => populations[s])
                     .ThenBy(s => s)
                     .Take(extra))
        {
            floors[s]++;
        }

        return floors;
    }
}
