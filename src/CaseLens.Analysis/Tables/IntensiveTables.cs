using CaseLens.Analysis.Comparators;
using CaseLens.Analysis.Reports;
using CaseLens.Domain.Intensive;

namespace CaseLens.Analysis.Tables;

/// <summary>
/// Computes the intensive-sample tables of report-tables.md (AP2, A6–A11, TM) after the
/// options' filter; comparator columns are appended to the tables they name.
/// </summary>
public static class IntensiveTables
{
    /// <summary>The intensive-sample tables of the cases the options' filter keeps, with their comparator columns.</summary>
    public static IReadOnlyList<ReportTable> Build(IReadOnlyList<IntensiveCase> cases, TableOptions options)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(options);
        var inScope = options.Filter.IsEmpty ? cases : cases.Where(options.Filter.Matches).ToArray();
        ReportTable[] tables =
        [
            IntensiveProfileTable.Build(inScope),
            HealthMarkerTables.Antenatal(inScope),
            HealthMarkerTables.DevelopmentChecks(inScope),
            HealthMarkerTables.Prematurity(inScope),
            HealthMarkerTables.Birth(inScope),
            HospitalUseTables.Admissions(inScope),
            HospitalUseTables.Attendances(inScope),
            ThresholdMapTable.Build(inScope),
        ];
        // Every table here counts the intensive sample, so a report prints them under its heading.
        return ComparatorColumns.AppendAll([.. tables.Select(t => t with { Section = ReportSection.IntensiveSample })], options.Comparators);
    }
}
