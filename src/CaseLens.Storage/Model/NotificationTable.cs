using CaseLens.Domain.Notifications;
using CaseLens.Storage.Auditing;
using C = CaseLens.Storage.Model.RecordColumn<CaseLens.Domain.Notifications.Notification>;

namespace CaseLens.Storage.Model;

/// <summary>The <c>notifications</c> table: one column per variable of the notification coding sheet.</summary>
internal sealed class NotificationTable : RecordTable<Notification>
{
    public static NotificationTable Instance { get; } = new();

    private static readonly C[] All =
    [
        C.Text("case_id", nameof(Notification.CaseId), n => n.CaseId, required: true),
        C.Date("incident_date", nameof(Notification.IncidentDate), n => n.IncidentDate, required: true),
        C.Date("notification_date", nameof(Notification.NotificationDate), n => n.NotificationDate),
        C.Code("region", nameof(Notification.Region), n => n.Region),
        C.Text("board", nameof(Notification.Board), n => n.Board),
        C.Code("notification_type", nameof(Notification.NotificationType), n => n.NotificationType),
        C.Code<ScrStatus>("scr_status", nameof(Notification.ScrStatus), n => n.ScrStatus, required: true),
        C.Code("exclusion", nameof(Notification.Exclusion), n => n.Exclusion),
        C.Integer("age_months", nameof(Notification.AgeMonths), n => n.AgeMonths),
        C.Code("gender", nameof(Notification.Gender), n => n.Gender),
        C.Code("ethnicity", nameof(Notification.Ethnicity), n => n.Ethnicity),
        C.Integer("siblings", nameof(Notification.Siblings), n => n.Siblings),
        C.Boolean("twin", nameof(Notification.Twin), n => n.Twin),
        C.Code("birth_order", nameof(Notification.BirthOrder), n => n.BirthOrder),
        C.Code("cp_plan", nameof(Notification.ProtectionPlan), n => n.ProtectionPlan),
        C.Set("cp_categories", nameof(Notification.ProtectionPlanCategories), n => n.ProtectionPlanCategories),
        C.Code("sibling_cp_plan", nameof(Notification.SiblingProtectionPlan), n => n.SiblingProtectionPlan),
        C.Set("sibling_cp_categories", nameof(Notification.SiblingProtectionPlanCategories), n => n.SiblingProtectionPlanCategories),
        C.Code("legal_status", nameof(Notification.LegalStatus), n => n.LegalStatus),
        C.Code("living_situation", nameof(Notification.LivingSituation), n => n.LivingSituation),
        C.Code("disability", nameof(Notification.Disability), n => n.Disability),
        C.Code("known_to_csc", nameof(Notification.KnownToCsc), n => n.KnownToCsc),
        C.Code("incident_type", nameof(Notification.IncidentType), n => n.IncidentType),
        C.Code("criminal_proceedings", nameof(Notification.CriminalProceedings), n => n.CriminalProceedings),
        C.Code("harm_type", nameof(Notification.HarmType), n => n.HarmType),
        C.Boolean("head_injury", nameof(Notification.HeadInjury), n => n.HeadInjury),
        C.Code("death_category", nameof(Notification.DeathCategory), n => n.DeathCategory),
        C.Set("parent_factors", nameof(Notification.ParentFactors), n => n.ParentFactors),
        C.Set("child_factors", nameof(Notification.ChildFactors), n => n.ChildFactors),
        C.Set("case_factors", nameof(Notification.CaseFactors), n => n.CaseFactors),
        C.Date("scr_decision_date", nameof(Notification.ScrDecisionDate), n => n.ScrDecisionDate),
        C.Date("scr_completed_date", nameof(Notification.ScrCompletedDate), n => n.ScrCompletedDate),
        C.Set("delay_reasons", nameof(Notification.DelayReasons), n => n.DelayReasons),
        C.Text("case_outline", nameof(Notification.CaseOutline), n => n.CaseOutline),
    ];

    public override string Name => "notifications";

    public override AuditedEntity Entity => AuditedEntity.Notification;

    public override IReadOnlyList<C> Columns => All;

    public override IReadOnlySet<string> NarrativeColumns { get; } = new HashSet<string>(StringComparer.Ordinal) { "board", "case_outline" };

    public override string KeyOf(Notification record) => record.CaseId;
}
