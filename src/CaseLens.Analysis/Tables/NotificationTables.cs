using CaseLens.Analysis.Comparators;
using CaseLens.Analysis.Reports;
using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Tables;

/// <summary>
/// Computes every notification table of report-tables.md (T1–T21, F3, F7, A0–A5) from the coded
/// notifications in the options' scope, in one pass over the cases; comparator columns are
/// appended to the tables they name.
/// </summary>
public static class NotificationTables
{
    /// <summary>
    /// The tables of notifications that are already in scope: <paramref name="cases"/> must have been
    /// chosen by <paramref name="options"/>' filter (their <see cref="CodedNotifications.Scope"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The cases were chosen by another filter (a bug of the caller).</exception>
    public static IReadOnlyList<ReportTable> Build(CodedNotifications cases, TableOptions options)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(options);
        return Build(NotificationCounts.Of(cases), options);
    }

    /// <summary>
    /// The tables of the counts of notifications already in scope: <paramref name="counts"/> must have
    /// been gathered over <paramref name="options"/>' filter (their <see cref="NotificationCounts.Scope"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The cases were chosen by another filter (a bug of the caller).</exception>
    public static IReadOnlyList<ReportTable> Build(NotificationCounts counts, TableOptions options)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Filter != counts.Scope)
        {
            throw new ArgumentException("The cases were chosen by another filter than the options' filter.", nameof(counts));
        }

        var tally = counts.Tally;
        ReportTable[] tables =
        [
            AgeTables.StudyYears(tally),
            AgeTables.Period(tally, options),
            AgeTables.FineBands(tally, options),
            AgeTables.Gender(tally),
            ChildTables.ByEthnicity(tally, options),
            ChildTables.BySiblings(tally, options),
            ChildTables.ByBirthOrder(tally, options),
            ProtectionPlanTables.Plan(tally, options),
            ProtectionPlanTables.Categories(tally, options),
            ProtectionPlanTables.SiblingPlan(tally, options),
            ProtectionPlanTables.SiblingCategories(tally, options),
            CircumstanceTables.ByLegalStatus(tally, options),
            CircumstanceTables.ByLivingSituation(tally, options),
            CircumstanceTables.ByDisability(tally, options),
            IncidentTables.ByIncidentType(tally, options),
            IncidentTables.ByIncidentTypeAndAge(tally),
            IncidentTables.ByCriminalProceedings(tally, options),
            IncidentTables.ByHarmType(tally, options),
            DeathCategoryTable.Build(tally),
            DeathAgeProfileTable.Build(tally),
            CaseFactorTable.Build(tally, options),
            ReviewTimescaleTable.Build(tally),
            NotificationFlowTables.Flow(tally),
            NotificationFlowTables.Quarters(tally),
            ReviewComparisonTables.ByAge(tally),
            ReviewComparisonTables.ByGender(tally),
            ReviewComparisonTables.ByIncidentType(tally),
            ReviewComparisonTables.ByEthnicity(tally),
        ];
        return ComparatorColumns.AppendAll(tables, options.Comparators);
    }

    /// <summary>The tables of the notifications among <paramref name="cases"/> that match the options' filter.</summary>
    public static IReadOnlyList<ReportTable> Build(IReadOnlyList<Notification> cases, TableOptions options)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(options);
        return Build(CodedNotifications.Of(cases, options.Filter), options);
    }
}
