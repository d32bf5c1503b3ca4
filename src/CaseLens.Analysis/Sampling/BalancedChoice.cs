using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Sampling;

/// <summary>
/// Picks cases one at a time so that the sample's gender, ethnicity and region keep close to the
/// population's: each candidate scores the sum, over those variables, of how far its category falls
/// short of its population share of the sample so far (plus this case); the highest score wins, ties
/// going to the lowest seeded priority.
/// </summary>
internal sealed class BalancedChoice
{
    private readonly int _seed;
    private readonly List<Dictionary<string, double>> _shares = [];
    private readonly List<Dictionary<string, int>> _counts = [];
    private readonly List<Notification> _chosen = [];

    public BalancedChoice(IReadOnlyList<Notification> population, int seed)
    {
        _seed = seed;
        foreach (var variable in BalanceVariable.WithinStrata)
        {
            _shares.Add(population.GroupBy(variable.CategoryOf).ToDictionary(g => g.Key, g => (double)g.Count() / population.Count, StringComparer.Ordinal));
            _counts.Add(new Dictionary<string, int>(StringComparer.Ordinal));
        }
    }

    public IReadOnlyList<Notification> Chosen => _chosen;

    public Notification Choose(IReadOnlyList<Notification> candidates)
    {
        var best = candidates
            .Select(c => (Case: c, Score: Shortfall(c), Priority: SeededPriority.Of(_seed, c.CaseId)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Priority)
            .ThenBy(x => x.Case.CaseId, StringComparer.Ordinal)
            .First().Case;
        for (var v = 0; v < _counts.Count; v++)
        {
            var category = BalanceVariable.WithinStrata[v].CategoryOf(best);
            _counts[v][category] = _counts[v].GetValueOrDefault(category) + 1;
        }

        _chosen.Add(best);
        return best;
    }

    private double Shortfall(Notification candidate)
    {
        var size = _chosen.Count + 1;
        var score = 0.0;
        for (var v = 0; v < _counts.Count; v++)
        {
            var category = BalanceVariable.WithinStrata[v].CategoryOf(candidate);
            // Rounded so that floating-point noise cannot decide between equal shortfalls.
            score += Math.Round((_shares[v][category] * size) - _counts[v].GetValueOrDefault(category), 9);
        }

        return score;
    }
}
