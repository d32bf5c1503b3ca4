using CaseLens.Domain.Coding;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Problems;
using C = CaseLens.Domain.Validation.IntensiveColumns;

namespace CaseLens.Domain.Validation;

/// <summary>
/// The rules of the health-markers schedule (Appendix 1) that one intensive case must keep: the
/// answers that exclude every other in a cell of several codes, and the answers that only fit a
/// child of some age or a family of some size. Part of <see cref="IntensiveRules"/>, so a file and
/// the web form are checked alike.
/// </summary>
internal static class HealthMarkerRules
{
    /// <summary>From this age in completed months a child has a past of more than 10 years: <c>child_under_10</c> no longer fits.</summary>
    public const int TenYearsInMonths = 120;

    /// <param name="known">Whether every named column was read (checks across unread columns are skipped).</param>
    public static void Check(IntensiveCase c, Func<string[], bool> known, List<Problem> problems)
    {
        StandsAlone(C.HealthNeeds, c.HealthNeeds, [HealthNeed.None, HealthNeed.NoInformation], problems);
        UnderTen(C.AdmissionsEarlier, c.AdmissionsEarlier, c, known, problems);
        UnderTen(C.AeEarlier, c.AeEarlier, c, known, problems);
        StandsAlone(C.UrgentCare, c.UrgentCare, [UrgentCareService.None, UrgentCareService.NoInformation], problems);
        OnlyChild(C.HvContactOtherChild, c.HvContactOtherChild, c, known, problems);
        OnlyChild(C.MidwifeContactOtherChild, c.MidwifeContactOtherChild, c, known, problems);
    }

    // "None" and "no information" say there is nothing else to tick.
    private static void StandsAlone<T>(string column, CodeSet<T> set, T[] alone, List<Problem> problems)
        where T : struct, Enum
    {
        foreach (var code in alone)
        {
            if (set.Contains(code) && set.Count > 1)
            {
                problems.Add(CellProblems.Inconsistent(
                    column,
                    CellText.Of(set),
                    $"{Codes<T>.Code(code)} cannot be given with other codes"));
                return;
            }
        }
    }

    private static void UnderTen(string column, EarlierContact? answer, IntensiveCase c, Func<string[], bool> known, List<Problem> problems)
    {
        if (answer == EarlierContact.ChildUnderTen && c.AgeMonths is { } age && age >= TenYearsInMonths && known([C.AgeMonths]))
        {
            problems.Add(CellProblems.Inconsistent(
                column,
                CellText.Of(answer),
                $"child_under_10 only applies under {TenYearsInMonths} months of age ({C.AgeMonths} is {CellText.Of(age)})"));
        }
    }

    private static void OnlyChild(string column, SiblingContact? answer, IntensiveCase c, Func<string[], bool> known, List<Problem> problems)
    {
        if (answer == SiblingContact.NoOtherChild && c.HouseholdChildren is { } children && children > 1 && known([C.HouseholdChildren]))
        {
            problems.Add(CellProblems.Inconsistent(
                column,
                CellText.Of(answer),
                $"no_other_child needs a household of one child ({C.HouseholdChildren} is {CellText.Of(children)})"));
        }
    }
}
