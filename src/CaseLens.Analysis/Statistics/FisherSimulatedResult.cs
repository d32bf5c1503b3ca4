namespace CaseLens.Analysis.Statistics;

/// <summary>
/// Fisher's test with its p-value estimated by simulation, as R's
/// <c>fisher.test(simulate.p.value = TRUE)</c>: tables drawn at random with the observed margins,
/// p = (1 + the number at most as probable as the observed table) / (replicates + 1).
/// </summary>
/// <param name="PValue">The estimated two-sided p-value, in (0, 1].</param>
/// <param name="Replicates">How many tables were drawn.</param>
/// <param name="AtMostAsProbable">How many of them were at most as probable as the observed table.</param>
/// <param name="Seed">The seed of the draws: the same table, replicates and seed give the same p-value.</param>
public sealed record FisherSimulatedResult(double PValue, int Replicates, int AtMostAsProbable, int Seed)
{
    /// <summary>The standard error of <see cref="PValue"/> as an estimate of the exact p-value.</summary>
    public double StandardError => Math.Sqrt(PValue * (1 - PValue) / Replicates);
}
