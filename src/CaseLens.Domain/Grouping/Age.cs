namespace CaseLens.Domain.Grouping;

/// <summary>
/// The derived age groupings. Every function takes completed months at the incident (0–215)
/// and throws for anything outside that range: validation keeps such values out of the store.
/// </summary>
public static class Age
{
    /// <summary>The oldest age the formats accept: 17 years and 11 months.</summary>
    public const int MaxMonths = 215;

    /// <summary>The study's age group (Table 2): under 1, 1–5, 6–10, 11–15, 16–17.</summary>
    public static AgeGroup GroupOf(int months) => Checked(months) switch
    {
        < 12 => AgeGroup.Under1,
        < 72 => AgeGroup.From1To5,
        < 132 => AgeGroup.From6To10,
        < 192 => AgeGroup.From11To15,
        _ => AgeGroup.From16To17,
    };

    /// <summary>The first and last completed month of <paramref name="group"/>, as <see cref="GroupOf"/> draws them.</summary>
    public static (int First, int Last) MonthsIn(AgeGroup group) => group switch
    {
        AgeGroup.Under1 => (0, 11),
        AgeGroup.From1To5 => (12, 71),
        AgeGroup.From6To10 => (72, 131),
        AgeGroup.From11To15 => (132, 191),
        AgeGroup.From16To17 => (192, MaxMonths),
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };

    /// <summary>The finer band of Figure 3, which splits the first year by months.</summary>
    public static FineAgeBand FineBandOf(int months) => Checked(months) switch
    {
        0 => FineAgeBand.Month1,
        < 3 => FineAgeBand.Months2To3,
        < 6 => FineAgeBand.Months4To6,
        < 12 => FineAgeBand.Months7To12,
        < 48 => FineAgeBand.Years1To3,
        < 72 => FineAgeBand.Years4To5,
        < 132 => FineAgeBand.Years6To10,
        < 192 => FineAgeBand.Years11To15,
        _ => FineAgeBand.Years16Plus,
    };

    /// <summary>The stage of childhood the analysis groups by: pre-school, middle childhood, adolescence.</summary>
    public static EcologicalNiche NicheOf(int months) => Checked(months) switch
    {
        < 72 => EcologicalNiche.PreSchool,
        < 132 => EcologicalNiche.MiddleChildhood,
        _ => EcologicalNiche.Adolescence,
    };

    private static int Checked(int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(months, MaxMonths);
        return months;
    }
}
