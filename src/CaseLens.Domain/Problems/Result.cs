namespace CaseLens.Domain.Problems;

/// <summary>How a use case ended without a value: success, or a refusal of one <see cref="ProblemKind"/> with every problem found.</summary>
public class Result
{
    /// <summary>Creates a result; a failure needs at least one problem.</summary>
    protected Result(ProblemKind? kind, IReadOnlyList<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (kind is not null && problems.Count == 0)
        {
            throw new ArgumentException("A failed result names at least one problem.", nameof(problems));
        }

        Kind = kind;
        Problems = problems;
    }

    /// <summary>The success without a value.</summary>
    public static Result Success { get; } = new(null, []);

    /// <summary>Null on success; otherwise what sort of failure this is.</summary>
    public ProblemKind? Kind { get; }

    /// <summary>Every problem found; empty on success.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Whether the use case succeeded.</summary>
    public bool Succeeded => Kind is null;

    /// <summary>A failure of <paramref name="kind"/> with <paramref name="problems"/>.</summary>
    public static Result Fail(ProblemKind kind, IEnumerable<Problem> problems) => new(kind, [.. problems]);

    /// <summary>A failure of <paramref name="kind"/> with one problem.</summary>
    public static Result Fail(ProblemKind kind, Problem problem) => new(kind, [problem]);
}

/// <summary>How a use case ended: a <typeparamref name="T"/> on success, or a refusal with every problem found.</summary>
public sealed class Result<T> : Result
{
    private readonly T? _value;

    private Result(T? value, ProblemKind? kind, IReadOnlyList<Problem> problems)
        : base(kind, problems)
    {
        _value = value;
    }

    /// <summary>The value; reading it from a failure is a programming error.</summary>
    public T Value => Succeeded ? _value! : throw new InvalidOperationException("A failed result has no value.");

    /// <summary>A success holding <paramref name="value"/>.</summary>
    public static Result<T> Ok(T value) => new(value, null, []);

    /// <summary>A failure of <paramref name="kind"/> with <paramref name="problems"/>.</summary>
    public static new Result<T> Fail(ProblemKind kind, IEnumerable<Problem> problems) => new(default, kind, [.. problems]);

    /// <summary>A failure of <paramref name="kind"/> with one problem.</summary>
    public static new Result<T> Fail(ProblemKind kind, Problem problem) => new(default, kind, [problem]);
}
