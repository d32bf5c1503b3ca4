using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Tables;

/// <summary>
/// The rows of Table 18 and Figure 7: the death categories with a possible category (<c>A1</c> …) under its
/// letter, and <c>suicide</c> (category E or E1 with harm type suicide) split from the rest of E.
/// </summary>
internal static class DeathGroups
{
    public const string Suicide = "suicide";

    /// <summary>The groups in printed order; <c>suicide</c> takes its deaths from E's categories.</summary>
    public static readonly (string Key, string Label, DeathCategory[] Categories)[] All =
    [
        ("A", "A: infanticide / covert homicide", [DeathCategory.A, DeathCategory.A1]),
        ("B", "B: severe physical assault (fatal)", [DeathCategory.B, DeathCategory.B1]),
        ("C", "C: extreme neglect (fatal)", [DeathCategory.C, DeathCategory.C1]),
        ("D", "D: deliberate / overt homicide", [DeathCategory.D, DeathCategory.D1]),
        ("E", "E: death related to but not directly caused by maltreatment", [DeathCategory.E, DeathCategory.E1]),
        (Suicide, "E: suicide", []),
        ("F", "F: SUDI, category not clear", [DeathCategory.F]),
        ("G", "G: death, category not clear", [DeathCategory.G]),
    ];

    public static readonly RowSpec[] Rows = [.. All.Select(g => new RowSpec(g.Key, g.Label))];

    private static readonly int SuicideIndex = Array.FindIndex(All, g => g.Key == Suicide);

    /// <summary>The group index of each category, by the category's enum value.</summary>
    private static readonly int[] IndexByCategory =
        [.. Enum.GetValues<DeathCategory>().Select(c => Array.FindIndex(All, g => g.Categories.Contains(c)))];

    /// <summary>The index in <see cref="All"/> of a death of <paramref name="category"/> whose harm type is <paramref name="harm"/>.</summary>
    public static int IndexOf(DeathCategory category, HarmType? harm) =>
        IsSuicide(category, harm) ? SuicideIndex : IndexByCategory[(int)category];

    public static bool IsSuicide(DeathCategory category, HarmType? harm) =>
        category is DeathCategory.E or DeathCategory.E1 && harm == HarmType.Suicide;
}
