namespace CaseLens.Storage.Summaries;

/// <summary>One entry of a case's brief chronology: a row of <c>chronology_entries</c>, in its place (from 1).</summary>
internal sealed class ChronologyRow
{
    public required string CaseId { get; init; }

    public required int Position { get; init; }

    public required DateOnly Date { get; init; }

    public required string Agency { get; init; }

    public required string Event { get; init; }
}
