using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Sampling;

/// <summary>
/// A stratum of the intensive sample: an age group and an incident type; null means not known
/// (cases with either unknown form strata of their own).
/// </summary>
/// <param name="Population">SCR cases in the stratum.</param>
/// <param name="Proportional">The exact proportional share of the sample, size x population / total.</param>
/// <param name="Allocated">Cases drawn: the share rounded by largest remainder, so within 1 of <paramref name="Proportional"/>.</param>
public sealed record Stratum(AgeGroup? AgeGroup, IncidentType? IncidentType, int Population, double Proportional, int Allocated);
