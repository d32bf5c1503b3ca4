using CaseLens.Domain.Notifications;

namespace CaseLens.Domain.Validation;

/// <summary>
/// The column catalogue of the notification coding sheet (notifications-csv.md, version 1), the one
/// description of a notification's fields: every column's name, whether it is required and what it
/// means, in the order files are written. The CSV and xlsx columns, the codebook, the research export
/// and the web's edit form are made from it; the lists that still name each field by hand (the
/// coding sheet's reader and writer, the data set hash's canonical line, the stored columns and so
/// the audit JSON) are held to it by tests (NotificationFieldListsTests, NotificationTableTests).
/// </summary>
public static class NotificationColumns
{
    /// <summary><c>case_id</c>: The notification's identifier: 1-40 characters of A-Z a-z 0-9 _ -, unique in the file.</summary>
    public const string CaseId = "case_id";

    /// <summary><c>incident_date</c>: Date of the incident (time of incident).</summary>
    public const string IncidentDate = "incident_date";

    /// <summary><c>notification_date</c>: Date the incident was notified; not before the incident.</summary>
    public const string NotificationDate = "notification_date";

    /// <summary><c>region</c>: Government Office region.</summary>
    public const string Region = "region";

    /// <summary><c>board</c>: The Local Safeguarding Children Board, at most 100 characters.</summary>
    public const string Board = "board";

    /// <summary><c>notification_type</c>: The type stated on the notification report.</summary>
    public const string NotificationType = "notification_type";

    /// <summary><c>scr_status</c>: Whether the notification became a serious case review (Table A1).</summary>
    public const string ScrStatus = "scr_status";

    /// <summary><c>exclusion</c>: Why the row is left out of analysis (Appendix 1).</summary>
    public const string Exclusion = "exclusion";

    /// <summary><c>age_months</c>: Child's age at the incident in completed months, 0-215.</summary>
    public const string AgeMonths = "age_months";

    /// <summary><c>gender</c>: Gender (Table 3).</summary>
    public const string Gender = "gender";

    /// <summary><c>ethnicity</c>: Ethnicity (Table 4).</summary>
    public const string Ethnicity = "ethnicity";

    /// <summary><c>siblings</c>: Number of siblings, 0 or more (Table 5).</summary>
    public const string Siblings = "siblings";

    /// <summary><c>twin</c>: Child is a twin.</summary>
    public const string Twin = "twin";

    /// <summary><c>birth_order</c>: Birth order (Table 6).</summary>
    public const string BirthOrder = "birth_order";

    /// <summary><c>cp_plan</c>: Index child subject of a child protection plan (Table 7).</summary>
    public const string CpPlan = "cp_plan";

    /// <summary><c>cp_categories</c>: Categories of the index child's plan (Table 8); only with a current or past plan.</summary>
    public const string CpCategories = "cp_categories";

    /// <summary><c>sibling_cp_plan</c>: Siblings subject of a plan (Table 9); not_applicable for an only child.</summary>
    public const string SiblingCpPlan = "sibling_cp_plan";

    /// <summary><c>sibling_cp_categories</c>: Categories of the siblings' plans (Table 10); only with a current or past sibling plan.</summary>
    public const string SiblingCpCategories = "sibling_cp_categories";

    /// <summary><c>legal_status</c>: Legal status (Table 11).</summary>
    public const string LegalStatus = "legal_status";

    /// <summary><c>living_situation</c>: Living situation (Table 12).</summary>
    public const string LivingSituation = "living_situation";

    /// <summary><c>disability</c>: Disability (Table 13).</summary>
    public const string Disability = "disability";

    /// <summary><c>known_to_csc</c>: Known to children's social care: at the incident, in the past only, or never.</summary>
    public const string KnownToCsc = "known_to_csc";

    /// <summary><c>incident_type</c>: Death or serious injury (Table 14); required when scr_status is yes.</summary>
    public const string IncidentType = "incident_type";

    /// <summary><c>criminal_proceedings</c>: Criminal proceedings (Table 16).</summary>
    public const string CriminalProceedings = "criminal_proceedings";

    /// <summary><c>harm_type</c>: Prime reported cause of harm (Table 17).</summary>
    public const string HarmType = "harm_type";

    /// <summary><c>head_injury</c>: Head injury (Table 17).</summary>
    public const string HeadInjury = "head_injury";

    /// <summary><c>death_category</c>: Category of maltreatment-related death (Table 18); only on a death.</summary>
    public const string DeathCategory = "death_category";

    /// <summary><c>parent_factors</c>: Parent characteristics (Table 19).</summary>
    public const string ParentFactors = "parent_factors";

    /// <summary><c>child_factors</c>: Child characteristics (Table 19).</summary>
    public const string ChildFactors = "child_factors";

    /// <summary><c>case_factors</c>: Factors related to the case (Table 19).</summary>
    public const string CaseFactors = "case_factors";

    /// <summary><c>scr_decision_date</c>: Date the review was confirmed (Table 21); not before the incident.</summary>
    public const string ScrDecisionDate = "scr_decision_date";

    /// <summary><c>scr_completed_date</c>: Date the review was completed and submitted (Table 21); not before the decision.</summary>
    public const string ScrCompletedDate = "scr_completed_date";

    /// <summary><c>delay_reasons</c>: Reasons for delay given in the notification updates (Chapter 4).</summary>
    public const string DelayReasons = "delay_reasons";

    /// <summary><c>case_outline</c>: The narrative case outline, at most 20,000 characters.</summary>
    public const string CaseOutline = "case_outline";

    /// <summary>Every column in the order the format is written (the specification's order).</summary>
    public static IReadOnlyList<ColumnDefinition> All { get; } =
    [
        new(CaseId, true, ColumnKind.Text, "The notification's identifier: 1-40 characters of A-Z a-z 0-9 _ -, unique in the file."),
        new(IncidentDate, true, ColumnKind.Date, "Date of the incident (time of incident)."),
        new(NotificationDate, false, ColumnKind.Date, "Date the incident was notified; not before the incident."),
        ColumnDefinition.Coded<Region>(Region, false, "Government Office region."),
        new(Board, false, ColumnKind.Text, "The Local Safeguarding Children Board, at most 100 characters."),
        ColumnDefinition.Coded<NotificationType>(NotificationType, false, "The type stated on the notification report."),
        ColumnDefinition.Coded<ScrStatus>(ScrStatus, true, "Whether the notification became a serious case review (Table A1)."),
        ColumnDefinition.Coded<Exclusion>(Exclusion, false, "Why the row is left out of analysis (Appendix 1)."),
        new(AgeMonths, false, ColumnKind.Integer, "Child's age at the incident in completed months, 0-215."),
        ColumnDefinition.Coded<Gender>(Gender, false, "Gender (Table 3)."),
        ColumnDefinition.Coded<Ethnicity>(Ethnicity, false, "Ethnicity (Table 4)."),
        new(Siblings, false, ColumnKind.Integer, "Number of siblings, 0 or more (Table 5)."),
        ColumnDefinition.YesNo(Twin, "Child is a twin."),
        ColumnDefinition.Coded<BirthOrder>(BirthOrder, false, "Birth order (Table 6)."),
        ColumnDefinition.Coded<ProtectionPlan>(CpPlan, false, "Index child subject of a child protection plan (Table 7)."),
        ColumnDefinition.MultiCoded<AbuseCategory>(CpCategories, "Categories of the index child's plan (Table 8); only with a current or past plan."),
        ColumnDefinition.Coded<SiblingProtectionPlan>(SiblingCpPlan, false, "Siblings subject of a plan (Table 9); not_applicable for an only child."),
        ColumnDefinition.MultiCoded<AbuseCategory>(SiblingCpCategories, "Categories of the siblings' plans (Table 10); only with a current or past sibling plan."),
        ColumnDefinition.Coded<LegalStatus>(LegalStatus, false, "Legal status (Table 11)."),
        ColumnDefinition.Coded<LivingSituation>(LivingSituation, false, "Living situation (Table 12)."),
        ColumnDefinition.Coded<Disability>(Disability, false, "Disability (Table 13)."),
        ColumnDefinition.Coded<CscInvolvement>(KnownToCsc, false, "Known to children's social care: at the incident, in the past only, or never."),
        ColumnDefinition.Coded<IncidentType>(IncidentType, false, "Death or serious injury (Table 14); required when scr_status is yes."),
        ColumnDefinition.Coded<CriminalProceedings>(CriminalProceedings, false, "Criminal proceedings (Table 16)."),
        ColumnDefinition.Coded<HarmType>(HarmType, false, "Prime reported cause of harm (Table 17)."),
        ColumnDefinition.YesNo(HeadInjury, "Head injury (Table 17)."),
        ColumnDefinition.Coded<DeathCategory>(DeathCategory, false, "Category of maltreatment-related death (Table 18); only on a death."),
        ColumnDefinition.MultiCoded<ParentFactor>(ParentFactors, "Parent characteristics (Table 19)."),
        ColumnDefinition.MultiCoded<ChildFactor>(ChildFactors, "Child characteristics (Table 19)."),
        ColumnDefinition.MultiCoded<CaseFactor>(CaseFactors, "Factors related to the case (Table 19)."),
        new(ScrDecisionDate, false, ColumnKind.Date, "Date the review was confirmed (Table 21); not before the incident."),
        new(ScrCompletedDate, false, ColumnKind.Date, "Date the review was completed and submitted (Table 21); not before the decision."),
        ColumnDefinition.MultiCoded<DelayReason>(DelayReasons, "Reasons for delay given in the notification updates (Chapter 4)."),
        new(CaseOutline, false, ColumnKind.Text, "The narrative case outline, at most 20,000 characters."),
    ];
}
