using System.Globalization;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Intensive;

namespace CaseLens.Web.Pages.Cases.Intensive;

/// <summary>
/// A case's place on the threshold map (Figure 9): its level of intervention (rows, level 4 at the
/// top) and its family's co-operation (columns, hostile on the left). Either may be unknown.
/// </summary>
public sealed record ThresholdPlace(InterventionLevel? Level, Cooperation? Cooperation)
{
    public static ThresholdPlace None { get; } = new(null, null);

    /// <summary>The rows of the map from the top: level 4 first.</summary>
    public static IReadOnlyList<InterventionLevel> Rows { get; } = [.. Codes<InterventionLevel>.All.Reverse()];

    /// <summary>The columns of the map from the left: no co-operation first.</summary>
    public static IReadOnlyList<Cooperation> Columns { get; } = [.. Codes<Cooperation>.All];

    public static ThresholdPlace Of(IntensiveCase record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.InterventionLevel, record.Cooperation);
    }

    public bool IsPlaced => Level is not null && Cooperation is not null;

    /// <summary>Whether this is the region of <paramref name="level"/> and <paramref name="cooperation"/>.</summary>
    public bool Is(InterventionLevel level, Cooperation cooperation) => Level == level && Cooperation == cooperation;

    /// <summary>The value a region's radio button posts: the two codes, <c>3-2</c>.</summary>
    public static string ValueOf(InterventionLevel level, Cooperation cooperation) =>
        Codes<InterventionLevel>.Code(level) + "-" + Codes<Cooperation>.Code(cooperation);

    /// <summary>The name of a region for people.</summary>
    public static string NameOf(InterventionLevel level, Cooperation cooperation) =>
        string.Create(CultureInfo.InvariantCulture, $"Level {Codes<InterventionLevel>.Label(level)}; co-operation {Codes<Cooperation>.Label(cooperation)}");

    /// <summary>The place for people.</summary>
    public string Shown => (Level, Cooperation) switch
    {
        ({ } level, { } cooperation) => NameOf(level, cooperation),
        ({ } level, null) => "Level " + Codes<InterventionLevel>.Label(level) + "; co-operation not known",
        (null, { } cooperation) => "Level not known; co-operation " + Codes<Cooperation>.Label(cooperation),
        _ => "Not placed",
    };

    /// <summary>Whether a level is in the top half of Figure 9 (levels 3 and 4: children in need and statutory).</summary>
    public static bool IsHigh(InterventionLevel level) => level >= InterventionLevel.ComplexNeeds;
}
