namespace CaseLens.Analysis.Tables;

/// <summary>Whole-number percentages as the seed prints them.</summary>
internal static class Percent
{
    /// <summary>
    /// <paramref name="count"/> as a percent of <paramref name="n"/>, rounded half away from zero;
    /// null when <paramref name="n"/> is 0. Decimal arithmetic keeps a true .5 exact.
    /// </summary>
    public static int? Of(int count, int n) =>
        n == 0 ? null : (int)Math.Round(100m * count / n, MidpointRounding.AwayFromZero);
}
