using System.Collections;
using CaseLens.Analysis.Reports;
using ScottPlot;

namespace CaseLens.Reporting.Charts;

/// <summary>
/// The figures a report can show, in the seed's order: Figure 2 (age at incident, from T2), 3 (fine age
/// bands, F3), 4 (gender by age, T3), 5 (ethnicity with comparators, T4), 6 (birth order, T6), 7 (age
/// profile of death categories, F7) and 9 (threshold map, TM). A figure whose
/// table is not in the report is left out.
/// </summary>
public sealed class ChartSet : IReadOnlyList<Chart>
{
    private static readonly IFigure[] Figures =
    [
        new ColumnBarFigure("F2", "T2", "Age of child at time of incident", "Age at time of incident", "Percent of cases", CellBars.Percent),
        new ColumnBarFigure("F3", "F3", "Age categories", "Age at time of incident", "Count", CellBars.CountWithPercent, caseColumnsOnly: true),
        new ColumnBarFigure("F4", "T3", "Gender and age", "Age group", "Count", CellBars.Count),
        new ColumnBarFigure("F5", "T4", "Ethnicity", "Ethnic group", "Percent", CellBars.Percent),
        new ColumnBarFigure("F6", "T6", "Birth order", "Birth order", "Percent of cases", CellBars.Percent, caseColumnsOnly: true),
        new DeathAgeProfileFigure(),
        new ThresholdMapFigure(),
    ];

    private readonly IReadOnlyList<Chart> _charts;

    private ChartSet(IReadOnlyList<Chart> charts) => _charts = charts;

    public int Count => _charts.Count;

    public Chart this[int index] => _charts[index];

    /// <summary>Renders every figure the report has the tables for, as SVG and PNG.</summary>
    public static ChartSet For(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var charts = new List<Chart>();
        foreach (var figure in Figures)
        {
            if (figure.Draw(report) is not { } drawn)
            {
                continue;
            }

            using (drawn.Plot)
            {
                var svg = SvgText.Scoped(drawn.Plot.GetSvgXml(drawn.Width, drawn.Height), figure.Id, drawn.Width, drawn.Height);
                var png = drawn.Plot.GetImageBytes(drawn.Width, drawn.Height, ImageFormat.Png);
                charts.Add(new Chart(figure.Id, drawn.Title, drawn.SourceTableId, svg, png, drawn.Width, drawn.Height));
            }
        }

        return new ChartSet(charts);
    }

    /// <summary>The charts drawn from a table, in figure order (empty when none).</summary>
    public IReadOnlyList<Chart> ForTable(string tableId) => _charts.Where(c => c.SourceTableId == tableId).ToList();

    public Chart? Find(string id) => _charts.FirstOrDefault(c => c.Id == id);

    public IEnumerator<Chart> GetEnumerator() => _charts.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
