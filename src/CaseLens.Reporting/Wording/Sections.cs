using CaseLens.Analysis.Reports;

namespace CaseLens.Reporting.Wording;

/// <summary>The sections' headings, and a report's tables grouped by their section (<see cref="ReportTable.Section"/>), in report order.</summary>
public static class Sections
{
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
            .Select(s => (s, (IReadOnlyList<ReportTable>)report.Tables.Where(t => t.Section == s).ToList()))
            .Where(g => g.Item2.Count > 0)
            .ToList();
    }
}
