using CaseLens.Domain.Notifications;
using CaseLens.Storage.Auditing;
using C = CaseLens.Storage.Model.RecordColumn<CaseLens.Domain.Notifications.Notification>;
using N = CaseLens.Domain.Validation.NotificationColumns;

namespace CaseLens.Storage.Model;

/// <summary>
/// The <c>notifications</c> table: one column per variable of the notification coding sheet, named and
/// ordered as <see cref="N.All"/> (tests/CaseLens.Storage.Tests/Model/NotificationTableTests holds it to that).
/// </summary>
internal sealed class NotificationTable : RecordTable<Notification>
{
    public static NotificationTable Instance { get; } = new();

    private static readonly C[] All =
    [
        C.Text(N.CaseId, nameof(Notification.CaseId), n => n.CaseId, required: true),
        C.Date(N.IncidentDate, nameof(Notification.IncidentDate), n => n.IncidentDate, required: true),
        C.Date(N.NotificationDate, nameof(Notification.NotificationDate), n => n.NotificationDate),
        C.Code(N.Region, nameof(Notification.Region), n => n.Region),
        C.Text(N.Board, nameof(Notification.Board), n => n.Board),
        C.Code(N.NotificationType, nameof(Notification.NotificationType), n => n.NotificationType),
        C.Code<ScrStatus>(N.ScrStatus, nameof(Notification.ScrStatus), n => n.ScrStatus, required: true),
        C.Code(N.Exclusion, nameof(Notification.Exclusion), n => n.Exclusion),
        C.Integer(N.AgeMonths, nameof(Notification.AgeMonths), n => n.AgeMonths),
        C.Code(N.Gender, nameof(Notification.Gender), n => n.Gender),
        C.Code(N.Ethnicity, nameof(Notification.Ethnicity), n => n.Ethnicity),
        C.Integer(N.Siblings, nameof(Notification.Siblings), n => n.Siblings),
        C.Boolean(N.Twin, nameof(Notification.Twin), n => n.Twin),
        C.Code(N.BirthOrder, nameof(Notification.BirthOrder), n => n.BirthOrder),
        C.Code(N.CpPlan, nameof(Notification.ProtectionPlan), n => n.ProtectionPlan),
        C.Set(N.CpCategories, nameof(Notification.ProtectionPlanCategories), n => n.ProtectionPlanCategories),
        C.Code(N.SiblingCpPlan, nameof(Notification.SiblingProtectionPlan), n => n.SiblingProtectionPlan),
        C.Set(N.SiblingCpCategories, nameof(Notification.SiblingProtectionPlanCategories), n => n.SiblingProtectionPlanCategories),
        C.Code(N.LegalStatus, nameof(Notification.LegalStatus), n => n.LegalStatus),
        C.Code(N.LivingSituation, nameof(Notification.LivingSituation), n => n.LivingSituation),
        C.Code(N.Disability, nameof(Notification.Disability), n => n.Disability),
        C.Code(N.KnownToCsc, nameof(Notification.KnownToCsc), n => n.KnownToCsc),
        C.Code(N.IncidentType, nameof(Notification.IncidentType), n => n.IncidentType),
        C.Code(N.CriminalProceedings, nameof(Notification.CriminalProceedings), n => n.CriminalProceedings),
        C.Code(N.HarmType, nameof(Notification.HarmType), n => n.HarmType),
        C.Boolean(N.HeadInjury, nameof(Notification.HeadInjury), n => n.HeadInjury),
        C.Code(N.DeathCategory, nameof(Notification.DeathCategory), n => n.DeathCategory),
        C.Set(N.ParentFactors, nameof(Notification.ParentFactors), n => n.ParentFactors),
        C.Set(N.ChildFactors, nameof(Notification.ChildFactors), n => n.ChildFactors),
        C.Set(N.CaseFactors, nameof(Notification.CaseFactors), n => n.CaseFactors),
        C.Date(N.ScrDecisionDate, nameof(Notification.ScrDecisionDate), n => n.ScrDecisionDate),
        C.Date(N.ScrCompletedDate, nameof(Notification.ScrCompletedDate), n => n.ScrCompletedDate),
        C.Set(N.DelayReasons, nameof(Notification.DelayReasons), n => n.DelayReasons),
        C.Text(N.CaseOutline, nameof(Notification.CaseOutline), n => n.CaseOutline),
    ];

    public override string Name => "notifications";

    public override AuditedEntity Entity => AuditedEntity.Notification;

    public override IReadOnlyList<C> Columns => All;

    public override IReadOnlySet<string> NarrativeColumns { get; } = new HashSet<string>(StringComparer.Ordinal) { N.Board, N.CaseOutline };

    public override string KeyOf(Notification record) => record.CaseId;
}
