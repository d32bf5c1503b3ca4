using CaseLens.Domain.Coding;
using CaseLens.Domain.Problems;
using CaseLens.Domain.Validation;
using F = CaseLens.Domain.CaseSummaries.SummaryFields;

namespace CaseLens.Domain.CaseSummaries;

/// <summary>
/// Reads a case summary from its fields as a form posts them (<see cref="CaseSummary.Fields"/>'s
/// names), with its rules: a chronology entry has a date (YYYY-MM-DD, 1900 to today), an agency and
/// an event; a quote has its text and its source; no text is longer than its limit. A row left
/// wholly empty is no row, so a form may offer empty rows to fill in. Problems name the field and
/// never quote free text.
/// </summary>
public static class SummaryCoding
{
    /// <param name="cell">Field name → text, null when absent.</param>
    /// <param name="chronologyRows">How many chronology rows the form had.</param>
    /// <param name="quoteRows">How many quote rows the form had.</param>
    public static ParseResult<CaseSummary> Parse(string caseId, Func<string, string?> cell, int chronologyRows, int quoteRows, DateLimits limits)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(limits);
        var problems = new List<Problem>();
        var sections = new Dictionary<SummarySection, string>();
        foreach (var section in Codes<SummarySection>.All)
        {
            var name = Codes<SummarySection>.Code(section);
            if (Written(cell(name)) is { } text)
            {
                CommonRules.MaxLength(name, text, F.SectionLength, problems);
                sections[section] = text;
            }
        }

        var chronology = new List<ChronologyEntry>();
        for (var i = 0; i < Math.Min(chronologyRows, F.MostRows); i++)
        {
            string Name(string part) => F.Chronology(i, part);
            var (dateText, agency, @event) = (Written(cell(Name(F.Date))), Written(cell(Name(F.Agency))), Written(cell(Name(F.Event))));
            if (dateText is null && agency is null && @event is null)
            {
                continue;
            }

            var read = new CellReader(c => c == Name(F.Date) ? dateText?.Trim() : null);
            var date = read.Date(Name(F.Date), required: true);
            problems.AddRange(read.Problems);
            CommonRules.Within(Name(F.Date), date, limits, problems);
            Required(Name(F.Agency), agency, F.NameLength, problems);
            Required(Name(F.Event), @event, F.EntryLength, problems);
            if (date is { } day && agency is not null && @event is not null)
            {
                chronology.Add(new ChronologyEntry(day, agency, @event));
            }
        }

        var quotes = new List<UsefulQuote>();
        for (var i = 0; i < Math.Min(quoteRows, F.MostRows); i++)
        {
            var (text, source) = (Written(cell(F.Quote(i, F.QuoteText))), Written(cell(F.Quote(i, F.Source))));
            if (text is null && source is null)
            {
                continue;
            }

            Required(F.Quote(i, F.QuoteText), text, F.EntryLength, problems);
            Required(F.Quote(i, F.Source), source, F.NameLength, problems);
            if (text is not null && source is not null)
            {
                quotes.Add(new UsefulQuote(text, source));
            }
        }

        return problems.Count == 0
            ? ParseResult<CaseSummary>.Success(new CaseSummary(caseId, sections, chronology, quotes))
            : ParseResult<CaseSummary>.Failure(problems);
    }

    // Text of only white space is nothing written; line ends are kept as typed, but a browser's CR LF is one line end.
    private static string? Written(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static void Required(string field, string? text, int maxLength, List<Problem> problems)
    {
        if (text is null)
        {
            problems.Add(CellProblems.Required(field));
            return;
        }

        CommonRules.MaxLength(field, text, maxLength, problems);
    }
}
