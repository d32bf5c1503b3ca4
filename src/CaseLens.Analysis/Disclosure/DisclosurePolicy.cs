using System.Globalization;

namespace CaseLens.Analysis.Disclosure;

/// <summary>
/// How a report protects small numbers: which counts are hidden first (primary: 1 to
/// <see cref="Threshold"/> − 1; a zero is always shown), whether the others are rounded, how wide the
/// interval must stay that a reader can narrow a hidden small number to (<see cref="ProtectionRange"/>),
/// and the marks a reader sees. Named policies: <c>k=K</c> (the seed's <c>&lt;6</c> for K = 6),
/// <c>dfe</c> (every hidden cell shows <c>c</c>, as the DfE publishes) and <c>nhs-hes</c> (1–7 hidden,
/// the rest rounded to the nearest 5, totals rounded on their own, as NHS Digital publishes HES).
/// </summary>
public sealed record DisclosurePolicy
{
    /// <summary>The option names a report's provenance records the policy under.</summary>
    public const string OptionName = "disclosure";

    private DisclosurePolicy(string name, int threshold, int roundingBase, string primaryMark, string secondaryMark)
    {
        Name = name;
        Threshold = threshold;
        RoundingBase = roundingBase;
        PrimaryMark = primaryMark;
        SecondaryMark = secondaryMark;
        // With K = 2 the mark itself says "1": there is no range to keep.
        ProtectionRange = threshold == 2 ? 0 : Math.Max(1, (threshold - 2) / 2);
    }

    /// <summary>The policy's name: <c>k</c>, <c>dfe</c> or <c>nhs-hes</c>.</summary>
    public string Name { get; }

    /// <summary>K, the smallest count shown: counts from 1 to K − 1 are hidden (primary suppression).</summary>
    public int Threshold { get; }

    /// <summary>Shown counts are rounded to the nearest multiple of this (half up); 1 means not rounded.</summary>
    public int RoundingBase { get; }

    /// <summary>
    /// The narrowest interval a reader may be left with for a hidden small number, as max − min of the
    /// whole values still possible given every published number (and what the marks say).
    /// <value>The default value is max(1, (K − 2) / 2): 2 for K = 6, 3 for the HES policy's 8 (0 for K = 2, whose mark says 1).</value>
    /// </summary>
    public int ProtectionRange { get; init; }

    /// <summary>What a cell hidden as a small number shows (<c>&lt;6</c>, <c>c</c>, <c>*</c>).</summary>
    public string PrimaryMark { get; }

    /// <summary>What a cell hidden only so that a small number cannot be worked out shows (<c>c</c>).</summary>
    public string SecondaryMark { get; }

    /// <summary>
    /// Whether a reader can tell the two kinds of hidden cell apart: then a primary one is known to
    /// hold 1 to K − 1 and a secondary one at least K, and the audit assumes the reader uses that.
    /// </summary>
    public bool MarksDiffer => !string.Equals(PrimaryMark, SecondaryMark, StringComparison.Ordinal);

    /// <summary>The policy as written on the command line: <c>k=6</c>, <c>dfe</c>, <c>nhs-hes</c>.</summary>
    public string Text => Name == "k" ? "k=" + Whole(Threshold) : Name;

    /// <summary>Counts 1 to <paramref name="k"/> − 1 shown as <c>&lt;K</c>; cells hidden to protect them as <c>c</c>.</summary>
    public static DisclosurePolicy K(int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 2);
        return new DisclosurePolicy("k", k, 1, "<" + Whole(k), "c");
    }

    /// <summary>Counts 1 to 5 and the cells protecting them all shown as <c>c</c>.</summary>
    public static DisclosurePolicy Dfe { get; } = new("dfe", 6, 1, "c", "c");

    /// <summary>Counts 1 to 7 shown as <c>*</c>, the rest rounded to the nearest 5, each total on its own.</summary>
    public static DisclosurePolicy NhsHes { get; } = new("nhs-hes", 8, 5, "*", "c");

    /// <summary>Reads <c>k=K</c> (K from 2 to 1000), <c>dfe</c> or <c>nhs-hes</c>; null and a message naming the forms otherwise.</summary>
    public static DisclosurePolicy? Parse(string? text, out string? error)
    {
        error = null;
        switch (text?.Trim())
        {
            case "dfe":
                return Dfe;
            case "nhs-hes":
                return NhsHes;
            case { } k when k.StartsWith("k=", StringComparison.Ordinal)
                && int.TryParse(k.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var threshold)
                && threshold is >= 2 and <= 1000:
                return K(threshold);
            default:
                error = $"'{text}' is not a disclosure policy: use k=K (K from 2 to 1000), dfe or nhs-hes";
                return null;
        }
    }

    /// <summary>The value shown for a count that is not hidden: itself, or rounded to the nearest multiple of <see cref="RoundingBase"/>.</summary>
    public int Shown(int count) =>
        RoundingBase <= 1 || count == 0 ? count : (int)Math.Round(count / (double)RoundingBase, MidpointRounding.AwayFromZero) * RoundingBase;

    /// <summary>Whether <paramref name="count"/> is hidden as a small number.</summary>
    public bool IsSmall(int count) => count > 0 && count < Threshold;

    /// <summary>The policy and its parameters, as provenance options (names prefixed <c>disclosure</c>).</summary>
    public IReadOnlyDictionary<string, string> Describe() => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        [OptionName] = Text,
        [OptionName + "_threshold"] = Whole(Threshold),
        [OptionName + "_rounding"] = Whole(RoundingBase),
        [OptionName + "_protection_range"] = Whole(ProtectionRange),
        [OptionName + "_marks"] = MarksDiffer
            ? $"{PrimaryMark} = 1 to {Whole(Threshold - 1)}; {SecondaryMark} = withheld so that a small number cannot be worked out"
            : $"{PrimaryMark} = 1 to {Whole(Threshold - 1)}, or withheld so that such a number cannot be worked out",
    };

    private static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);
}
