using CaseLens.Analysis.Tables;
using CaseLens.Domain.Problems;

namespace CaseLens.Interchange;

/// <summary>
/// A whole file counted without keeping its records: the counts when the file is valid, otherwise
/// no counts and every problem found, the same problems in the same order as
/// <see cref="ImportResult{T}.Problems"/> of the same file.
/// </summary>
public sealed class CountResult
{
    internal CountResult(NotificationCounts? counts, IReadOnlyList<Problem> problems)
    {
        Counts = problems.Count == 0 ? counts : null;
        Problems = problems;
    }

    /// <summary>The counts of the notifications in scope; null when there are problems.</summary>
    public NotificationCounts? Counts { get; }

    /// <summary>Every problem, in file order.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    public bool IsValid => Problems.Count == 0;
}
