using CaseLens.Domain.Problems;

namespace CaseLens.Domain.Validation;

/// <summary>
/// The outcome of turning one row of cell text into a record: either the record, or every
/// problem found in it (never both, never neither).
/// </summary>
public sealed class ParseResult<T>
    where T : class
{
    private ParseResult(T? value, IReadOnlyList<Problem> problems)
    {
        Value = value;
        Problems = problems;
    }

    /// <summary>The record; null when there are problems.</summary>
    public T? Value { get; }

    /// <summary>Every problem found, in column order; empty when the record is valid.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Whether the row gave a record (then <see cref="Problems"/> is empty).</summary>
    public bool IsValid => Value is not null;

    /// <summary>The record, with no problems.</summary>
    public static ParseResult<T> Success(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new ParseResult<T>(value, []);
    }

    /// <summary>Every problem of the row, at least one; no record.</summary>
    public static ParseResult<T> Failure(IReadOnlyList<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            throw new ArgumentException("A failure needs at least one problem.", nameof(problems));
        }

        return new ParseResult<T>(null, problems);
    }
}
