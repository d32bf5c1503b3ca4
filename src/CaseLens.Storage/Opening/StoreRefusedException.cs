using CaseLens.Domain.Problems;

namespace CaseLens.Storage.Opening;

/// <summary>
/// Thrown by the <see cref="CaseStore.OpenAsync(StoreLocation, TimeProvider?, CancellationToken)"/>
/// overloads that return a store rather than a <see cref="Result{T}"/>, when the store may not be
/// opened (another program's database, a newer CaseLens's store). Its message is safe to print.
/// </summary>
public sealed class StoreRefusedException : Exception
{
    public StoreRefusedException()
    {
        Problems = [];
    }

    public StoreRefusedException(string message)
        : base(message)
    {
        Problems = [];
    }

    public StoreRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public StoreRefusedException(IReadOnlyList<Problem> problems)
        : base(string.Join(" ", problems.Select(p => p.Message)))
    {
        Problems = problems;
    }

    /// <summary>Why the store was refused.</summary>
    public IReadOnlyList<Problem> Problems { get; }
}
