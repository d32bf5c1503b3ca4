using CaseLens.Analysis.Reports;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;

namespace CaseLens.Reporting.Charts;

/// <summary>
/// Table <c>F7</c>, the data of the seed's Figure 7: SCR deaths (scr_status yes, no exclusion, incident a
/// death) with a category, counted by category (grouped as Table 18: a possible category under its letter,
/// <c>suicide</c> = E or E1 with harm type suicide, <c>E</c> the rest) and age group. Columns are the age
/// groups; cells are counts only. Deaths with a category but no known age are counted in the notes
/// (<c>age_not_known</c>). Suppression, when the report uses it, is to be applied by the caller as to any table.
/// </summary>
public static class DeathAgeProfileTable
{
    public const string Id = "F7";

    private static readonly (string Key, DeathCategory[] Categories)[] Groups =
    [
        ("A", [DeathCategory.A, DeathCategory.A1]),
        ("B", [DeathCategory.B, DeathCategory.B1]),
        ("C", [DeathCategory.C, DeathCategory.C1]),
        ("D", [DeathCategory.D, DeathCategory.D1]),
        ("E", [DeathCategory.E, DeathCategory.E1]),
        ("suicide", []),
        ("F", [DeathCategory.F]),
        ("G", [DeathCategory.G]),
    ];

    public static ReportTable From(IEnumerable<Notification> notifications)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        var deaths = notifications
            .Where(n => n.ScrStatus == ScrStatus.Yes && n.Exclusion is null && n.IncidentType == IncidentType.Death && n.DeathCategory is not null)
            .ToList();
        var aged = deaths.Where(n => n.AgeMonths is >= 0 and <= Age.MaxMonths).ToList();
        var groups = Codes<AgeGroup>.All;
        var columns = groups
            .Select(g => new ReportColumn(Codes<AgeGroup>.Code(g), Codes<AgeGroup>.Label(g), aged.Count(n => Age.GroupOf(n.AgeMonths!.Value) == g)))
            .ToList();
        var rows = Groups.Select(group => new ReportRow(
                group.Key,
                group.Key == "suicide" ? "E: suicide" : group.Key,
                groups.ToDictionary(
                    Codes<AgeGroup>.Code,
                    g => Cell.Of(aged.Count(n => GroupOf(n) == group.Key && Age.GroupOf(n.AgeMonths!.Value) == g)),
                    StringComparer.Ordinal)))
            .ToList();
        return new ReportTable
        {
            Id = Id,
            Title = "Age profile of the different categories of maltreatment-related deaths",
            Columns = columns,
            Rows = rows,
            Notes = new Dictionary<string, int>(StringComparer.Ordinal) { ["age_not_known"] = deaths.Count - aged.Count },
        };
    }

    private static string GroupOf(Notification death)
    {
        var category = death.DeathCategory!.Value;
        if (category is DeathCategory.E or DeathCategory.E1 && death.HarmType == HarmType.Suicide)
        {
            return "suicide";
        }

        return Groups.First(g => g.Categories.Contains(category)).Key;
    }
}
