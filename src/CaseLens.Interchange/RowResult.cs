using CaseLens.Domain.Problems;

namespace CaseLens.Interchange;

/// <summary>
/// What reading one data row gave: the record, or the problems that stop it being one. A result
/// with <see cref="IsFileProblem"/> set is about the file as a whole (empty, bad header, not UTF-8,
/// binary, a quote never closed) and is the last one a read yields.
/// </summary>
public sealed class RowResult<T>
    where T : class
{
    internal RowResult(int line, T? record, IReadOnlyList<Problem> problems, bool isFileProblem)
    {
        Line = line;
        Record = record;
        Problems = problems;
        IsFileProblem = isFileProblem;
    }

    /// <summary>The 1-based line where the record starts (the header is line 1).</summary>
    public int Line { get; }

    /// <summary>The record; null when there are problems.</summary>
    public T? Record { get; }

    /// <summary>Every problem of the row (or of the file), empty when the record is valid.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>True when the problems concern the file rather than one row; reading stops there.</summary>
    public bool IsFileProblem { get; }

    public bool IsValid => Record is not null;
}
