using CaseLens.Analysis.Reports;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Intensive;

namespace CaseLens.Analysis.Tables;

/// <summary>
/// The threshold map (Figure 9, Appendix 5): level of intervention (rows, highest first) by the
/// family's co-operation (columns 1–5 and <c>total</c>), counting cases with both known.
/// </summary>
internal static class ThresholdMapTable
{
    public const string TotalColumn = "total";

    public static ReportTable Build(IReadOnlyList<IntensiveCase> cases)
    {
        var levels = Codes<InterventionLevel>.All.Reverse().ToArray();
        var cooperation = Codes<Cooperation>.All;
        var grid = cooperation.Select(_ => new int[levels.Length]).ToArray();
        foreach (var c in cases)
        {
            if (c is { InterventionLevel: { } level, Cooperation: { } co })
            {
                grid[(int)co][levels.Length - 1 - (int)level]++;
            }
        }

        var totals = new int[levels.Length];
        foreach (var column in grid)
        {
            for (var i = 0; i < totals.Length; i++)
            {
                totals[i] += column[i];
            }
        }

        var columns = cooperation
            .Select(co => new ColumnCounts(Codes<Cooperation>.Code(co), Codes<Cooperation>.Label(co), grid[(int)co], Percents: false))
            .Append(new ColumnCounts(TotalColumn, "Total", totals, Percents: false))
            .ToArray();
        var notBoth = cases.Count(c => c.InterventionLevel is null || c.Cooperation is null);
        return TableShape.Build(
            "TM",
            "Threshold map of level of intervention and degree of family or young person's co-operation at time of incident",
            Rows.Of(levels),
            columns,
            Notes.Of(("level_or_cooperation_not_known", notBoth)));
    }
}
