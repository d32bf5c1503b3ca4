using CaseLens.Storage.Auditing;

namespace CaseLens.Application.Cases;

/// <summary>
/// One entry of a case's audit trail: who, when, what was done to which of the case's records (an
/// intensive case's coding or its summary), and for an edit each field changed.
/// </summary>
public sealed record CaseChange(long Id, DateTimeOffset At, string Actor, AuditAction Action, AuditedEntity Entity, IReadOnlyList<FieldChange> Fields);
