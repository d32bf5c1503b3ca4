using CaseLens.Domain.Coding;

namespace CaseLens.Domain.CaseSummaries;

/// <summary>
/// The analyst's summary of one intensive case (Appendix 1): the template's sections (a section not
/// written is absent), the brief chronology and the useful quotes, each in the order given.
/// </summary>
public sealed record CaseSummary(
    string CaseId,
    IReadOnlyDictionary<SummarySection, string> Sections,
    IReadOnlyList<ChronologyEntry> Chronology,
    IReadOnlyList<UsefulQuote> Quotes)
{
    /// <summary>A case with nothing summarised yet.</summary>
    public static CaseSummary Empty(string caseId) => new(caseId, new Dictionary<SummarySection, string>(), [], []);

    /// <summary>The text of a section, empty when not written.</summary>
    public string Text(SummarySection section) => Sections.GetValueOrDefault(section, string.Empty);

    /// <summary>
    /// Every field by its name, in the template's order: each section by its code, then
    /// <c>chronology_N_date|agency|event</c> and <c>quote_N_text|source</c> (N from 1). Forms, the
    /// audit trail and the version token all read a summary through this one list.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields()
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var section in Codes<SummarySection>.All)
        {
            fields.Add(new(Codes<SummarySection>.Code(section), Text(section)));
        }

        for (var i = 0; i < Chronology.Count; i++)
        {
            var entry = Chronology[i];
            fields.Add(new(SummaryFields.Chronology(i, SummaryFields.Date), entry.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            fields.Add(new(SummaryFields.Chronology(i, SummaryFields.Agency), entry.Agency));
            fields.Add(new(SummaryFields.Chronology(i, SummaryFields.Event), entry.Event));
        }

        for (var i = 0; i < Quotes.Count; i++)
        {
            fields.Add(new(SummaryFields.Quote(i, SummaryFields.QuoteText), Quotes[i].Text));
            fields.Add(new(SummaryFields.Quote(i, SummaryFields.Source), Quotes[i].Source));
        }

        return fields;
    }
}
