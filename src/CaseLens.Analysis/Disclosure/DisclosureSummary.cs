using System.Globalization;

namespace CaseLens.Analysis.Disclosure;

/// <summary>
/// What disclosure control cost a report: how many numbers were hidden as small and how many to protect
/// them, the cases those secondary numbers held (the information lost), and how long the work took.
/// </summary>
/// <param name="Narrowed">Small numbers a reader can narrow below the protection range (never to one value): see <see cref="SecondarySuppression"/>.</param>
public sealed record DisclosureSummary(int Primary, int Secondary, long SecondaryCases, int Published, int Narrowed, TimeSpan Selection, TimeSpan Audit)
{
    /// <summary>The provenance option: <c>12 small, 30 to protect them (of 950 numbers)</c>, and how many small numbers stay narrowed, if any.</summary>
    public string Text => string.Create(
        CultureInfo.InvariantCulture,
        $"{Primary} small, {Secondary} to protect them (of {Published} numbers)") + (Narrowed == 0 ? string.Empty : string.Create(
        CultureInfo.InvariantCulture,
        $"; {Narrowed} small numbers can be narrowed to fewer values than the protection range, none to one value"));
}
