using CaseLens.Analysis.Reports;

namespace CaseLens.Reporting.Json;

/// <summary>What reading an <c>scr-report/1</c> document gave: the report, or every problem found.</summary>
/// <param name="Report">The report; null when there were problems.</param>
/// <param name="Problems">Each problem with the JSON path where it was found; empty on success.</param>
public sealed record ScrReportReadResult(Report? Report, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Report is not null;
}
