using CaseLens.Analysis.Reports;
using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Tables;

/// <summary>
/// Table 19 (multi-response, counts only): how often each parent, child and case factor is
/// mentioned; n = SCR cases with at least one factor of any kind, the rest are not known.
/// </summary>
internal static class CaseFactorTable
{
    public static ReportTable Build(NotificationTally tally, TableOptions options)
    {
        RowSpec[] rows = [.. Rows.Of<ParentFactor>(), .. Rows.Of<ChildFactor>(), .. Rows.Of<CaseFactor>()];
        int[] counts = [.. tally.ParentFactors, .. tally.ChildFactors, .. tally.CaseFactors];
        return TableShape.Period(
            "T19",
            "Case characteristics",
            options.PeriodLabel,
            rows,
            counts,
            tally.ScrCases - tally.WithAnyFactor,
            n: tally.WithAnyFactor,
            percents: false) with { Kind = TableKind.MultiResponse };
    }
}
