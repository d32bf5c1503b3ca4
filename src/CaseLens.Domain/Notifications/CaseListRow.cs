
namespace CaseLens.Domain.Notifications;

/// <summary>What a case list shows of one notification: never its outline.</summary>
public sealed record CaseListRow(
    string CaseId,
    DateOnly IncidentDate,
    Region? Region,
    string? Board,
    int? AgeMonths,
    Gender? Gender,
    IncidentType? IncidentType,
    ScrStatus ScrStatus,
    Exclusion? Exclusion,
    DeathCategory? DeathCategory);
