namespace CaseLens.Domain.CaseSummaries;

/// <summary>One line of the brief chronology of professional involvement: when, which agency, what happened.</summary>
public sealed record ChronologyEntry(DateOnly Date, string Agency, string Event);
