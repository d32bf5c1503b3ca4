namespace CaseLens.Storage.Summaries;

/// <summary>One written section of a case summary: a row of <c>summary_sections</c>.</summary>
internal sealed class SummarySectionRow
{
    public required string CaseId { get; init; }

    /// <summary>The section's code (<see cref="Domain.CaseSummaries.SummarySection"/>).</summary>
    public required string Section { get; init; }

    public required string Text { get; init; }
}
