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

    /// <summary>Government Office region.</summary>
    public Region? Region { get; init; }

    /// <summary>The Local Safeguarding Children Board, free text of at most 100 characters.</summary>
    public string? Board { get; init; }

    /// <summary>The type stated on the notification report.</summary>
    public NotificationType? NotificationType { get; init; }

    /// <summary>Whether the notification became a serious case review (Table A1); always known.</summary>
    public required ScrStatus ScrStatus { get; init; }

    /// <summary>Why the notification is left out of analysis; null when it is counted.</summary>
    public Exclusion? Exclusion { get; init; }

    /// <summary>Age at the incident in completed months, 0–215.</summary>
    public int? AgeMonths { get; init; }

    /// <summary>Gender (Table 3).</summary>
    public Gender? Gender { get; init; }

    /// <summary>Ethnicity (Table 4).</summary>
    public Ethnicity? Ethnicity { get; init; }

    /// <summary>Number of siblings, 0 or more.</summary>
    public int? Siblings { get; init; }

    /// <summary>Whether the child is a twin.</summary>
    public bool? Twin { get; init; }

    /// <summary>Birth order (Table 6).</summary>
    public BirthOrder? BirthOrder { get; init; }

    /// <summary>Whether the index child was subject of a child protection plan (Table 7).</summary>
    public ProtectionPlan? ProtectionPlan { get; init; }

    /// <summary>Categories of the index child's plan; only with a current or past plan.</summary>
    public CodeSet<AbuseCategory> ProtectionPlanCategories { get; init; }

    /// <summary>Whether a sibling was subject of a plan (Table 9); not applicable for an only child.</summary>
    public SiblingProtectionPlan? SiblingProtectionPlan { get; init; }

    /// <summary>Categories of the siblings' plans; only with a current or past sibling plan.</summary>
    public CodeSet<AbuseCategory> SiblingProtectionPlanCategories { get; init; }

    /// <summary>Legal status (Table 11).</summary>
    public LegalStatus? LegalStatus { get; init; }

    /// <summary>Living situation (Table 12).</summary>
    public LivingSituation? LivingSituation { get; init; }

    /// <summary>Disability (Table 13).</summary>
    public Disability? Disability { get; init; }

    /// <summary>Known to children's social care: at the incident, in the past only, or never.</summary>
    public CscInvolvement? KnownToCsc { get; init; }

    /// <summary>Death or serious injury; required when the notification became a review.</summary>
    public IncidentType? IncidentType { get; init; }

    /// <summary>Criminal proceedings (Table 16).</summary>
    public CriminalProceedings? CriminalProceedings { get; init; }

    /// <summary>Prime reported cause of harm (Table 17).</summary>
    public HarmType? HarmType { get; init; }

    /// <summary>Whether there was a head injury (Table 17).</summary>
    public bool? HeadInjury { get; init; }

    /// <summary>Category of maltreatment-related death; only on a death.</summary>
    public DeathCategory? DeathCategory { get; init; }

    /// <summary>Parent characteristics the report mentions (Table 19).</summary>
    public CodeSet<ParentFactor> ParentFactors { get; init; }

    /// <summary>Child characteristics the report mentions (Table 19).</summary>
    public CodeSet<ChildFactor> ChildFactors { get; init; }

    /// <summary>Factors related to the case the report mentions (Table 19).</summary>
    public CodeSet<CaseFactor> CaseFactors { get; init; }

    /// <summary>Date the review was confirmed; never before the incident.</summary>
    public DateOnly? ScrDecisionDate { get; init; }

    /// <summary>Date the review was completed and submitted; never before the decision.</summary>
    public DateOnly? ScrCompletedDate { get; init; }

    /// <summary>Reasons for delay given in the notification updates (Chapter 4).</summary>
    public CodeSet<DelayReason> DelayReasons { get; init; }

    /// <summary>The narrative case outline, at most 20,000 characters. Never logged.</summary>
    public string? CaseOutline { get; init; }
}
