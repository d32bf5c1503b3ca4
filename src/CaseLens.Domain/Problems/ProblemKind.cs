namespace CaseLens.Domain.Problems;

/// <summary>
/// What sort of refusal a failed <see cref="Result"/> is. Each host turns it into its own answer in
/// one place: the command line into an exit code, the web into a ProblemDetails status.
/// </summary>
public enum ProblemKind
{
    /// <summary>The input or the request is invalid; nothing was written (exit 2, HTTP 400).</summary>
    Invalid,

    /// <summary>What was named does not exist, or is outside the caller's scope (exit 2, HTTP 404).</summary>
    NotFound,

    /// <summary>The request clashes with what is stored, such as an id already held or an edit made meanwhile (exit 2, HTTP 409).</summary>
    Conflict,

    /// <summary>Anything else that went wrong (exit 1, HTTP 500).</summary>
    Failure,
}
