using CaseLens.Analysis.Reports;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Tables;

/// <summary>Tables 11–13: legal status, where the child lived, and disability.</summary>
internal static class CircumstanceTables
{
    private static readonly LegalStatus[] LegalRows = [LegalStatus.None, LegalStatus.Section20, LegalStatus.CareOrder, LegalStatus.Other];

    /// <summary>Table 11; <c>post_incident</c> is left out and counted in a note.</summary>
    public static ReportTable ByLegalStatus(NotificationTally tally, TableOptions options) =>
        TableShape.Period(
            "T11",
            "Legal status at time of incident",
            options.PeriodLabel,
            Rows.Of(LegalRows),
            Rows.Pick(tally.Legal, LegalRows),
            tally.Legal[5],
            Notes.Of((Codes<LegalStatus>.Code(Domain.Notifications.LegalStatus.PostIncident), tally.Legal[(int)Domain.Notifications.LegalStatus.PostIncident])));

    public static ReportTable ByLivingSituation(NotificationTally tally, TableOptions options) =>
        TableShape.Period(
            "T12",
            "Where living at time of incident",
            options.PeriodLabel,
            Rows.Of<LivingSituation>(),
            tally.Living[..7],
            tally.Living[7]);

    /// <summary>Table 13: a disability caused by the incident counts as "No" (and is counted in a note).</summary>
    public static ReportTable ByDisability(NotificationTally tally, TableOptions options)
    {
        var caused = tally.Disability[(int)Domain.Notifications.Disability.CausedByIncident];
        return TableShape.Period(
            "T13",
            "Disability",
            options.PeriodLabel,
            [new RowSpec("no", "No"), new RowSpec("yes", "Yes")],
            [tally.Disability[(int)Domain.Notifications.Disability.No] + caused, tally.Disability[(int)Domain.Notifications.Disability.Yes]],
            tally.Disability[3],
            Notes.Of((Codes<Disability>.Code(Domain.Notifications.Disability.CausedByIncident), caused)));
    }
}
