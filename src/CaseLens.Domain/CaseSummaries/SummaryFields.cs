using System.Globalization;
using System.Text.RegularExpressions;
using CaseLens.Domain.Coding;

namespace CaseLens.Domain.CaseSummaries;

/// <summary>The names of a case summary's fields in forms and in the audit trail, and the limits of what they hold.</summary>
public static partial class SummaryFields
{
    /// <summary>What an empty field of a summary is called where it is shown, so that a cleared field is not a blank cell.</summary>
    public const string EmptyShown = "(empty)";

    /// <summary>A chronology entry's date (<see cref="Chronology"/>).</summary>
    public const string Date = "date";

    /// <summary>The agency a chronology entry is about.</summary>
    public const string Agency = "agency";

    /// <summary>What happened, in a chronology entry.</summary>
    public const string Event = "event";

    /// <summary>A useful quote's words (<see cref="Quote"/>).</summary>
    public const string QuoteText = "text";

    /// <summary>Where a useful quote comes from.</summary>
    public const string Source = "source";

    /// <summary>The most characters in a section of the template.</summary>
    public const int SectionLength = 20_000;

    /// <summary>The most characters in a chronology entry's event, or in a quote.</summary>
    public const int EntryLength = 4_000;

    /// <summary>The most characters in an agency's name, or a quote's source.</summary>
    public const int NameLength = 400;

    /// <summary>The most chronology entries, and quotes, one summary holds.</summary>
    public const int MostRows = 500;

    /// <summary><c>chronology_3_agency</c> for the third entry's agency (<paramref name="index"/> from 0).</summary>
    public static string Chronology(int index, string part) => string.Create(CultureInfo.InvariantCulture, $"chronology_{index + 1}_{part}");

    /// <summary><c>quote_2_source</c> for the second quote's source (<paramref name="index"/> from 0).</summary>
    public static string Quote(int index, string part) => string.Create(CultureInfo.InvariantCulture, $"quote_{index + 1}_{part}");

    /// <summary>
    /// The name for people of a summary field, as the conflict view and the audit trail both show it:
    /// a section's label, "Chronology entry 3: agency", "Quote 2: source"; null for a name that is none of these.
    /// </summary>
    public static string? LabelOf(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (Codes<SummarySection>.TryParse(field, out var section))
        {
            return Codes<SummarySection>.Label(section);
        }

        var row = RowField().Match(field);
        if (!row.Success || !int.TryParse(row.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            return null;
        }

        var (kind, parts) = row.Groups["kind"].Value == "chronology" ? ("Chronology entry", new[] { Date, Agency, Event }) : ("Quote", new[] { QuoteText, Source });
        var part = row.Groups["part"].Value;
        return parts.Contains(part) ? string.Create(CultureInfo.InvariantCulture, $"{kind} {number}: {part}") : null;
    }

    [GeneratedRegex("^(?<kind>chronology|quote)_(?<n>[0-9]{1,4})_(?<part>[a-z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex RowField();
}
