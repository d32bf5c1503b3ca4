using CaseLens.Analysis.Reports;

namespace CaseLens.Reporting.Wording;

/// <summary>Which section a table belongs to, and the sections' headings, in report order.</summary>
public static class Sections
{
    private static readonly HashSet<string> IntensiveIds =
        new(["AP2", "A6", "A7", "A8", "A9", "A10", "A11", "TM"], StringComparer.Ordinal);

    public static ReportSection Of(string tableId) =>
        IntensiveIds.Contains(tableId) ? ReportSection.IntensiveSample : ReportSection.Notifications;

    public static string Heading(ReportSection section) => section switch
    {
        ReportSection.Notifications => "Notifications",
        ReportSection.IntensiveSample => "Intensive sample",
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };

    /// <summary>The report's tables grouped by section, sections in order, tables in report order; empty sections left out.</summary>
    public static IReadOnlyList<(ReportSection Section, IReadOnlyList<ReportTable> Tables)> Group(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Enum.GetValues<ReportSection>()
            .Select(s => (s, (IReadOnlyList<ReportTable>)report.Tables.Where(t => Of(t.Id) == s).ToList()))
            .Where(g => g.Item2.Count > 0)
            .ToList();
    }
}
