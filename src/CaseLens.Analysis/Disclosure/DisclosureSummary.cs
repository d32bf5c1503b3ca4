using System.Globalization;

namespace CaseLens.Analysis.Disclosure;

/// <summary>
/// What disclosure control cost a report: how many numbers were hidden as small and how many to protect
/// them, the cases those secondary numbers held (the information lost), and how long the work took.
/// </summary>
public sealed record DisclosureSummary(int Primary, int Secondary, long SecondaryCases, int Published, TimeSpan Selection, TimeSpan Audit)
{
    /// <summary>The provenance option: <c>12 small, 30 to protect them (of 950 numbers)</c>.</summary>
    public string Text => string.Create(CultureInfo.InvariantCulture, $"{Primary} small, {Secondary} to protect them (of {Published} numbers)");
}
