namespace CaseLens.Domain.CaseSummaries;

/// <summary>A quotation worth keeping from the review's documents, with where it comes from (report and page, interview).</summary>
public sealed record UsefulQuote(string Text, string Source);
