using System.Globalization;

namespace CaseLens.Domain.CaseSummaries;

/// <summary>The names of a case summary's fields in forms and in the audit trail, and the limits of what they hold.</summary>
public static class SummaryFields
{
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
}
