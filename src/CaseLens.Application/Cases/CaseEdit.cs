using CaseLens.Domain.Problems;

namespace CaseLens.Application.Cases;

/// <summary>
/// How a save of an edited case ended: <see cref="Result"/> holds the saved version, or every
/// problem; on a <see cref="ProblemKind.Conflict"/> <see cref="Stored"/> is the version saved
/// meanwhile, so that both can be shown side by side and nothing typed is lost.
/// </summary>
public sealed record CaseEdit(Result<CaseVersion> Result, CaseVersion? Stored = null);
