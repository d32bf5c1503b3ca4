namespace CaseLens.Analysis.Tables;

/// <summary>An age column of the intensive-sample tables: completed months from <paramref name="MinMonths"/> to <paramref name="MaxMonths"/>, both included.</summary>
internal sealed record AgeBand(string Key, string Label, int MinMonths, int MaxMonths)
{
    public bool Contains(int? months) => months is { } m && m >= MinMonths && m <= MaxMonths;

    /// <summary>Under 1 year / 1 year and over (Tables A6, A7).</summary>
    public static AgeBand[] UnderAndOver1 { get; } =
        [new("under_1", "Under 1 year", 0, 11), new("over_1", "Over 1 year", 12, int.MaxValue)];

    /// <summary>Under 1 / 1–5 / 6 and over (Tables A8, A9).</summary>
    public static AgeBand[] To5AndOver { get; } =
        [new("under_1", "Under 1 year", 0, 11), new("1_5", "1-5 years", 12, 71), new("6_plus", "6 years and over", 72, int.MaxValue)];

    /// <summary>Under 1 / 1–10 / 11–17 (Tables A10, A11).</summary>
    public static AgeBand[] To10AndOver { get; } =
        [new("under_1", "Under 1 year", 0, 11), new("1_10", "1-10 years", 12, 131), new("11_17", "11-17 years", 132, int.MaxValue)];
}
