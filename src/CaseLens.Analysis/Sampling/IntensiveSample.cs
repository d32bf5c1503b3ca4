using CaseLens.Analysis.Reports;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;

namespace CaseLens.Analysis.Sampling;

/// <summary>
/// A drawn intensive sample: the cases (in case-id order), how the sample was spread over the strata,
/// and a balance table comparing the sample with the population it came from.
/// </summary>
/// <param name="Problems">Why no sample could be drawn (size out of range); empty on success.</param>
public sealed record IntensiveSample(
    IReadOnlyList<Notification> Cases,
    IReadOnlyList<Stratum> Strata,
    ReportTable? Balance,
    IReadOnlyList<Problem> Problems)
{
    /// <summary>Whether a sample was drawn; otherwise <see cref="Problems"/> says why.</summary>
    public bool Succeeded => Problems.Count == 0;
}
