using CaseLens.Storage.Auditing;

namespace CaseLens.Application.Cases;

/// <summary>One entry of a case's audit trail: who, when, what was done, and for an edit each field changed.</summary>
public sealed record CaseChange(long Id, DateTimeOffset At, string Actor, AuditAction Action, IReadOnlyList<FieldChange> Fields);
