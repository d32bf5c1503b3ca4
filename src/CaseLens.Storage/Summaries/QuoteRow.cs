namespace CaseLens.Storage.Summaries;

/// <summary>One useful quote of a case: a row of <c>useful_quotes</c>, in its place (from 1).</summary>
internal sealed class QuoteRow
{
    public required string CaseId { get; init; }

    public required int Position { get; init; }

    public required string Text { get; init; }

    public required string Source { get; init; }
}
