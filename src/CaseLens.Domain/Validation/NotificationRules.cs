using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;
using C = CaseLens.Domain.Validation.NotificationColumns;

namespace CaseLens.Domain.Validation;

/// <summary>
/// The rules of notifications-csv.md that a typed <see cref="Notification"/> must keep: the value
/// rules (identifier, lengths, ranges) and every check across columns. Whatever built the record
/// (a file, the command line, a web form), these are the rules.
/// </summary>
public static class NotificationRules
{
    /// <summary>The longest board name accepted, in characters.</summary>
    public const int MaxBoardLength = 100;
    /// <summary>The longest case outline accepted, in characters.</summary>
    public const int MaxOutlineLength = 20_000;

    /// <summary>Every broken rule of the record, in column order; empty when it keeps them all.</summary>
    /// <param name="limits">The dates allowed, up to today (<see cref="DateLimits.Today"/>).</param>
    public static IReadOnlyList<Problem> Check(Notification notification, DateLimits limits) =>
        NotificationCoding.Ordered(Check(notification, limits, new HashSet<string>()), C.All);

    /// <param name="unreadable">Columns whose text could not be read: checks involving them are skipped.</param>
    internal static List<Problem> Check(Notification n, DateLimits limits, IReadOnlySet<string> unreadable)
    {
        ArgumentNullException.ThrowIfNull(n);
        ArgumentNullException.ThrowIfNull(limits);
        var problems = new List<Problem>();

        // Called about ten times a record: no array, no delegate, and nothing to look up when every cell was read.
        bool Known(params ReadOnlySpan<string> columns)
        {
            if (unreadable.Count > 0)
            {
                foreach (var column in columns)
                {
                    if (unreadable.Contains(column))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        if (Known(C.CaseId))
        {
            CommonRules.CaseId(C.CaseId, n.CaseId, problems);
        }

        if (Known(C.IncidentDate))
        {
            CommonRules.Within(C.IncidentDate, n.IncidentDate, limits, problems);
        }

        CommonRules.Within(C.NotificationDate, n.NotificationDate, limits, problems);
        CommonRules.Within(C.ScrDecisionDate, n.ScrDecisionDate, limits, problems);
        CommonRules.Within(C.ScrCompletedDate, n.ScrCompletedDate, limits, problems);

        if (Known(C.IncidentDate, C.NotificationDate))
        {
            CommonRules.NotBefore(C.NotificationDate, n.NotificationDate, C.IncidentDate, n.IncidentDate, problems);
        }

        CommonRules.MaxLength(C.Board, n.Board, MaxBoardLength, problems);
        CommonRules.Range(C.AgeMonths, n.AgeMonths, CommonRules.MinAgeMonths, CommonRules.MaxAgeMonths, problems);
        CommonRules.Range(C.Siblings, n.Siblings, 0, null, problems);
        if (Known(C.Siblings, C.BirthOrder, C.SiblingCpPlan))
        {
            CheckOnlyChild(n, problems);
        }

        if (!n.ProtectionPlanCategories.IsEmpty && Known(C.CpPlan)
            && n.ProtectionPlan is not (ProtectionPlan.Current or ProtectionPlan.Past))
        {
            problems.Add(CellProblems.Inconsistent(
                C.CpCategories,
                CellText.Of(n.ProtectionPlanCategories),
                $"only allowed when {C.CpPlan} is current or past ({C.CpPlan} is {Shown(CellText.Of(n.ProtectionPlan))})"));
        }

        if (!n.SiblingProtectionPlanCategories.IsEmpty && Known(C.SiblingCpPlan)
            && n.SiblingProtectionPlan is not (SiblingProtectionPlan.Current or SiblingProtectionPlan.Past))
        {
            problems.Add(CellProblems.Inconsistent(
                C.SiblingCpCategories,
                CellText.Of(n.SiblingProtectionPlanCategories),
                $"only allowed when {C.SiblingCpPlan} is current or past ({C.SiblingCpPlan} is {Shown(CellText.Of(n.SiblingProtectionPlan))})"));
        }

        if (n.IncidentType is null && n.ScrStatus == ScrStatus.Yes && Known(C.IncidentType, C.ScrStatus))
        {
            problems.Add(CellProblems.Required(C.IncidentType, $"a value is required when {C.ScrStatus} is yes"));
        }

        if (n.DeathCategory is not null && n.IncidentType != IncidentType.Death && Known(C.IncidentType))
        {
            problems.Add(CellProblems.Inconsistent(
                C.DeathCategory,
                CellText.Of(n.DeathCategory),
                $"only allowed on a death ({C.IncidentType} is {Shown(CellText.Of(n.IncidentType))})"));
        }

        if (Known(C.IncidentDate, C.ScrDecisionDate))
        {
            CommonRules.NotBefore(C.ScrDecisionDate, n.ScrDecisionDate, C.IncidentDate, n.IncidentDate, problems);
        }

        if (n.ScrDecisionDate is not null && Known(C.ScrDecisionDate, C.ScrCompletedDate))
        {
            CommonRules.NotBefore(C.ScrCompletedDate, n.ScrCompletedDate, C.ScrDecisionDate, n.ScrDecisionDate, problems);
        }
        else if (n.ScrDecisionDate is null && Known(C.IncidentDate, C.ScrCompletedDate))
        {
            CommonRules.NotBefore(C.ScrCompletedDate, n.ScrCompletedDate, C.IncidentDate, n.IncidentDate, problems);
        }

        CommonRules.MaxLength(C.CaseOutline, n.CaseOutline, MaxOutlineLength, problems);
        return problems;
    }

    // sibling_cp_plan not_applicable and birth_order only imply siblings 0 when it is given, and the reverse.
    private static void CheckOnlyChild(Notification n, List<Problem> problems)
    {
        if (n.Siblings is not { } siblings || siblings < 0)
        {
            return;
        }

        var count = CellText.Of(siblings);
        if (siblings > 0)
        {
            if (n.SiblingProtectionPlan == SiblingProtectionPlan.NotApplicable)
            {
                problems.Add(CellProblems.Inconsistent(
                    C.SiblingCpPlan, "not_applicable", $"not_applicable means an only child, but {C.Siblings} is {count}"));
            }

            if (n.BirthOrder == BirthOrder.Only)
            {
                problems.Add(CellProblems.Inconsistent(C.BirthOrder, "only", $"only means no siblings, but {C.Siblings} is {count}"));
            }

            return;
        }

        if (n.SiblingProtectionPlan is { } plan && plan != SiblingProtectionPlan.NotApplicable)
        {
            problems.Add(CellProblems.Inconsistent(
                C.SiblingCpPlan, CellText.Of(plan), $"expected not_applicable when {C.Siblings} is 0"));
        }

        if (n.BirthOrder is { } order && order != BirthOrder.Only)
        {
            problems.Add(CellProblems.Inconsistent(C.BirthOrder, CellText.Of(order), $"expected only when {C.Siblings} is 0"));
        }
    }

    private static string Shown(string code) => code.Length == 0 ? "empty" : code;
}
