using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Notifications;

/// <summary>
/// One notification of a serious incident, coded from the notification report with the study's
/// framework (layers 1 and 2 of the biennial analysis). A null value, or an empty set, means
/// "not known / not recorded" — never "no".
/// </summary>
public sealed record Notification
{
    /// <summary>The notification's identifier: 1–40 characters of A–Z a–z 0–9 _ -.</summary>
    public required string CaseId { get; init; }

    /// <summary>Date of the incident ("time of incident").</summary>
    public required DateOnly IncidentDate { get; init; }

    /// <summary>Date the incident was notified; never before the incident.</summary>
    public DateOnly? NotificationDate { get; init; }

    public Region? Region { get; init; }

    /// <summary>The Local Safeguarding Children Board, free text of at most 100 characters.</summary>
    public string? Board { get; init; }

    public NotificationType? NotificationType { get; init; }

    public required ScrStatus ScrStatus { get; init; }

    /// <summary>Why the notification is left out of analysis; null when it is counted.</summary>
    public Exclusion? Exclusion { get; init; }

    /// <summary>Age at the incident in completed months, 0–215.</summary>
    public int? AgeMonths { get; init; }

    public Gender? Gender { get; init; }

    public Ethnicity? Ethnicity { get; init; }

    /// <summary>Number of siblings, 0 or more.</summary>
    public int? Siblings { get; init; }

    public bool? Twin { get; init; }

    public BirthOrder? BirthOrder { get; init; }

    public ProtectionPlan? ProtectionPlan { get; init; }

    /// <summary>Categories of the index child's plan; only with a current or past plan.</summary>
    public CodeSet<AbuseCategory> ProtectionPlanCategories { get; init; }

    public SiblingProtectionPlan? SiblingProtectionPlan { get; init; }

    /// <summary>Categories of the siblings' plans; only with a current or past sibling plan.</summary>
    public CodeSet<AbuseCategory> SiblingProtectionPlanCategories { get; init; }

    public LegalStatus? LegalStatus { get; init; }

    public LivingSituation? LivingSituation { get; init; }

    public Disability? Disability { get; init; }

    public CscInvolvement? KnownToCsc { get; init; }

    /// <summary>Death or serious injury; required when the notification became a review.</summary>
    public IncidentType? IncidentType { get; init; }

    public CriminalProceedings? CriminalProceedings { get; init; }

    public HarmType? HarmType { get; init; }

    public bool? HeadInjury { get; init; }

    /// <summary>Category of maltreatment-related death; only on a death.</summary>
    public DeathCategory? DeathCategory { get; init; }

    public CodeSet<ParentFactor> ParentFactors { get; init; }

    public CodeSet<ChildFactor> ChildFactors { get; init; }

    public CodeSet<CaseFactor> CaseFactors { get; init; }

    /// <summary>Date the review was confirmed; never before the incident.</summary>
    public DateOnly? ScrDecisionDate { get; init; }

    /// <summary>Date the review was completed and submitted; never before the decision.</summary>
    public DateOnly? ScrCompletedDate { get; init; }

    public CodeSet<DelayReason> DelayReasons { get; init; }

    /// <summary>The narrative case outline, at most 20,000 characters. Never logged.</summary>
    public string? CaseOutline { get; init; }
}
