using System.Globalization;

namespace CaseLens.Analysis.Disclosure;

/// <summary>
/// What a reader can work out about one hidden small number: the smallest and largest value it can take
/// given every published number (an LP relaxation: real values, so the true whole-number range lies
/// within), and whether the whole values left span at least the policy's protection range.
/// </summary>
public sealed record AuditInterval(string Item, double Min, double Max, int ProtectionRange)
{
    private const double Tolerance = 1e-6;

    /// <summary>The whole values the interval leaves: from ⌈min⌉ to ⌊max⌋.</summary>
    public double WholeMin => Math.Ceiling(Min - Tolerance);

    /// <summary>⌊max⌋, or infinity when nothing bounds the value above.</summary>
    public double WholeMax => double.IsPositiveInfinity(Max) ? Max : Math.Floor(Max + Tolerance);

    /// <summary>Whether the value is still uncertain by at least the protection range.</summary>
    public bool Protected => WholeMax - WholeMin >= ProtectionRange;

    /// <summary>Whether a reader can work the value out exactly.</summary>
    public bool Pinned => WholeMax - WholeMin < 1;

    /// <summary>The interval as a refusal names it: the item, then the whole values a reader is left with ("unbounded" when nothing bounds it above).</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Item}: {WholeMin} to {(double.IsPositiveInfinity(Max) ? "unbounded" : WholeMax.ToString(CultureInfo.InvariantCulture))}");
}
