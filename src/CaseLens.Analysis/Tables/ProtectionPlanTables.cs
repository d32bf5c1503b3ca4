using CaseLens.Analysis.Reports;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Tables;

/// <summary>Tables 7–10: child protection plans of the index child and of the siblings.</summary>
internal static class ProtectionPlanTables
{
    private static readonly RowSpec[] PlanRows = [new("no", "No"), new("current", "Yes"), new("past", "Has been")];

    /// <summary>Table 7; <c>unclear</c> plans are left out and counted in a note.</summary>
    public static ReportTable Plan(NotificationTally tally, TableOptions options) =>
        TableShape.Period(
            "T7",
            "Index child subject of a child protection plan",
            options.PeriodLabel,
            PlanRows,
            Rows.Pick(tally.Plan, ProtectionPlan.No, ProtectionPlan.Current, ProtectionPlan.Past),
            tally.Plan[4],
            Notes.Of((Codes<ProtectionPlan>.Code(ProtectionPlan.Unclear), tally.Plan[(int)ProtectionPlan.Unclear])));

    /// <summary>Table 8 (multi-response, counts only): base = current or past plans; n = those with a category.</summary>
    public static ReportTable Categories(NotificationTally tally, TableOptions options) =>
        TableShape.Period(
            "T8",
            "Category under which child the subject of a protection plan",
            options.PeriodLabel,
            Rows.Of<AbuseCategory>(),
            tally.PlanCategories,
            tally.PlanBase - tally.PlanWithCategory,
            n: tally.PlanWithCategory,
            percents: false) with { Kind = TableKind.MultiResponse };

    /// <summary>Table 9; <c>unclear</c> and <c>not_applicable</c> are left out and counted in notes.</summary>
    public static ReportTable SiblingPlan(NotificationTally tally, TableOptions options) =>
        TableShape.Period(
            "T9",
            "Siblings subject of a child protection plan",
            options.PeriodLabel,
            PlanRows,
            Rows.Pick(tally.SiblingPlan, SiblingProtectionPlan.No, SiblingProtectionPlan.Current, SiblingProtectionPlan.Past),
            tally.SiblingPlan[5],
            Notes.Of(
                (Codes<SiblingProtectionPlan>.Code(SiblingProtectionPlan.Unclear), tally.SiblingPlan[(int)SiblingProtectionPlan.Unclear]),
                (Codes<SiblingProtectionPlan>.Code(SiblingProtectionPlan.NotApplicable), tally.SiblingPlan[(int)SiblingProtectionPlan.NotApplicable])));

    /// <summary>Table 10, as Table 8 for the siblings' plans.</summary>
    public static ReportTable SiblingCategories(NotificationTally tally, TableOptions options) =>
        TableShape.Period(
            "T10",
            "Category of child protection plan: siblings",
            options.PeriodLabel,
            Rows.Of<AbuseCategory>(),
            tally.SiblingPlanCategories,
            tally.SiblingPlanBase - tally.SiblingPlanWithCategory,
            n: tally.SiblingPlanWithCategory,
            percents: false) with { Kind = TableKind.MultiResponse };
}
