using CaseLens.Domain.Problems;

namespace CaseLens.Application.Intensive;

/// <summary>How a save of a case summary ended; on a <see cref="ProblemKind.Conflict"/> <see cref="Stored"/> is the summary saved meanwhile.</summary>
public sealed record SummaryEdit(Result<SummaryVersion> Result, SummaryVersion? Stored = null);
