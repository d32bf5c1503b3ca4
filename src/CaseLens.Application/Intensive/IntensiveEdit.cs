using CaseLens.Domain.Problems;

namespace CaseLens.Application.Intensive;

/// <summary>
/// How a save of an intensive case ended: <see cref="Result"/> holds the saved version, or every
/// problem; on a <see cref="ProblemKind.Conflict"/> <see cref="Stored"/> is the version saved meanwhile.
/// </summary>
public sealed record IntensiveEdit(Result<IntensiveVersion> Result, IntensiveVersion? Stored = null);
