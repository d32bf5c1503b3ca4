using CaseLens.Analysis.Reports;
using ScottPlot;

namespace CaseLens.Reporting.Charts;

/// <summary>One of the seed's figures: which table it is drawn from and how.</summary>
internal interface IFigure
{
    /// <summary>The figure's id, <c>F</c> and the seed's figure number.</summary>
    string Id { get; }

    /// <summary>The plot and its caption title, or null when the report lacks the table the figure needs.</summary>
    FigurePlot? Draw(Report report);
}
