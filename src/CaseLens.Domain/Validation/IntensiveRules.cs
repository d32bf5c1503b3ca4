using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;
using C = CaseLens.Domain.Validation.IntensiveColumns;

namespace CaseLens.Domain.Validation;

/// <summary>
/// The rules of intensive-csv.md that a typed <see cref="IntensiveCase"/> must keep: identifier,
/// ranges and the checks across columns.
/// </summary>
public static class IntensiveRules
{
    /// <summary>Below this age in completed months a child may be coded <c>too_young</c> for checks.</summary>
    public const int TooYoungBelowMonths = 3;

    /// <summary>Every broken rule of the record, in column order; empty when it keeps them all.</summary>
    public static IReadOnlyList<Problem> Check(IntensiveCase intensiveCase) =>
        NotificationCoding.Ordered(Check(intensiveCase, new HashSet<string>()), C.All);

    /// <param name="unreadable">Columns whose text could not be read: checks involving them are skipped.</param>
    internal static List<Problem> Check(IntensiveCase c, IReadOnlySet<string> unreadable)
    {
        ArgumentNullException.ThrowIfNull(c);
        var problems = new List<Problem>();
        bool Known(params string[] columns) => !columns.Any(unreadable.Contains);

        if (Known(C.CaseId))
        {
            CommonRules.CaseId(C.CaseId, c.CaseId, problems);
        }

        CommonRules.Range(C.AgeMonths, c.AgeMonths, CommonRules.MinAgeMonths, CommonRules.MaxAgeMonths, problems);
        CommonRules.Range(C.HouseholdChildren, c.HouseholdChildren, 1, null, problems);
        if (c.ProtectionPlan is PlanHistory.Current or PlanHistory.Past
            && c.KnownToCsc == CscInvolvement.No && Known(C.KnownToCsc))
        {
            problems.Add(CellProblems.Inconsistent(
                C.CpPlan,
                CellText.Of(c.ProtectionPlan),
                $"a current or past plan needs {C.KnownToCsc} other than no ({C.KnownToCsc} is no)"));
        }

        CommonRules.Range(C.HospitalAdmissions, c.HospitalAdmissions, 0, null, problems);
        CommonRules.Range(C.AeAttendances, c.AeAttendances, 0, null, problems);
        if (c.DevelopmentChecks == DevelopmentChecks.TooYoung
            && c.AgeMonths is { } age && age >= TooYoungBelowMonths && Known(C.AgeMonths))
        {
            problems.Add(CellProblems.Inconsistent(
                C.DevelopmentChecks,
                CellText.Of(c.DevelopmentChecks),
                $"too_young only applies under 3 months of age ({C.AgeMonths} is {CellText.Of(age)})"));
        }

        HealthMarkerRules.Check(c, Known, problems);
        return problems;
    }
}
