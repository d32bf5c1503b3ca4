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
    public const string CaseId = "case_id";
    public const string IncidentDate = "incident_date";
    public const string NotificationDate = "notification_date";
    public const string Region = "region";
    public const string Board = "board";
    public const string NotificationType = "notification_type";
    public const string ScrStatus = "scr_status";
    public const string Exclusion = "exclusion";
    public const string AgeMonths = "age_months";
    public const string Gender = "gender";
    public const string Ethnicity = "ethnicity";
    public const string Siblings = "siblings";
    public const string Twin = "twin";
    public const string BirthOrder = "birth_order";
    public const string CpPlan = "cp_plan";
    public const string CpCategories = "cp_categories";
    public const string SiblingCpPlan = "sibling_cp_plan";
    public const string SiblingCpCategories = "sibling_cp_categories";
    public const string LegalStatus = "legal_status";
    public const string LivingSituation = "living_situation";
    public const string Disability = "disability";
    public const string KnownToCsc = "known_to_csc";
    public const string IncidentType = "incident_type";
    public const string CriminalProceedings = "criminal_proceedings";
    public const string HarmType = "harm_type";
    public const string HeadInjury = "head_injury";
    public const string DeathCategory = "death_category";
    public const string ParentFactors = "parent_factors";
    public const string ChildFactors = "child_factors";
    public const string CaseFactors = "case_factors";
    public const string ScrDecisionDate = "scr_decision_date";
    public const string ScrCompletedDate = "scr_completed_date";
    public const string DelayReasons = "delay_reasons";
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
