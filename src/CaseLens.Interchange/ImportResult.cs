using CaseLens.Domain.Problems;

namespace CaseLens.Interchange;

/// <summary>
/// A whole-file import: every record when the file is valid, otherwise no records and every
/// problem found (a file is imported whole or not at all).
/// </summary>
public sealed class ImportResult<T>
    where T : class
{
    internal ImportResult(IReadOnlyList<T> records, IReadOnlyList<Problem> problems)
    {
        Records = problems.Count == 0 ? records : [];
        Problems = problems;
    }

    /// <summary>The records in file order; empty when there are problems.</summary>
    public IReadOnlyList<T> Records { get; }

    /// <summary>Every problem, in file order.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    public bool IsValid => Problems.Count == 0;
}
