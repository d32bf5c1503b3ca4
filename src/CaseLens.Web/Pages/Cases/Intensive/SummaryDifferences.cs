using CaseLens.Domain.CaseSummaries;
using CaseLens.Domain.Coding;
using F = CaseLens.Domain.CaseSummaries.SummaryFields;

namespace CaseLens.Web.Pages.Cases.Intensive;

/// <summary>
/// The conflict view of the case summary form: each field (section, chronology entry part, quote
/// part) where what was typed and the summary saved meanwhile differ, row by row as the form numbers them.
/// </summary>
public static class SummaryDifferences
{
    /// <summary>What an empty field is called in the view, so that a cleared field is not a blank cell.</summary>
    public const string Empty = F.EmptyShown;

    /// <summary>
    /// The fields of <paramref name="yours"/> (name → text as posted, with <paramref name="chronologyRows"/>
    /// and <paramref name="quoteRows"/> rows) that differ from <paramref name="theirs"/>, in the form's order.
    /// </summary>
    public static IReadOnlyList<FieldDifference> Between(IReadOnlyDictionary<string, string> yours, CaseSummary theirs, int chronologyRows, int quoteRows)
    {
        ArgumentNullException.ThrowIfNull(yours);
        ArgumentNullException.ThrowIfNull(theirs);
        var saved = theirs.Fields().ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var names = new List<string>(Codes<SummarySection>.All.Select(Codes<SummarySection>.Code));
        for (var i = 0; i < Math.Max(chronologyRows, theirs.Chronology.Count); i++)
        {
            names.AddRange([F.Chronology(i, F.Date), F.Chronology(i, F.Agency), F.Chronology(i, F.Event)]);
        }

        for (var i = 0; i < Math.Max(quoteRows, theirs.Quotes.Count); i++)
        {
            names.AddRange([F.Quote(i, F.QuoteText), F.Quote(i, F.Source)]);
        }

        var named = names.Select(name => (Name: name, Label: F.LabelOf(name)!));

        return
        [
            .. named
                .Select(n => (n.Label, Yours: AsStored(yours.GetValueOrDefault(n.Name, string.Empty)), Theirs: saved.GetValueOrDefault(n.Name, string.Empty)))
                .Where(d => d.Yours != d.Theirs)
                .Select(d => new FieldDifference(d.Label, Shown(d.Yours), Shown(d.Theirs))),
        ];
    }

    private static string Shown(string text) => text.Length == 0 ? Empty : text;

    // As SummaryCoding keeps text: blank is nothing, and line breaks are \n, as browsers do not post them.
    private static string AsStored(string posted) => string.IsNullOrWhiteSpace(posted) ? string.Empty : posted.Replace("\r\n", "\n", StringComparison.Ordinal);
}
