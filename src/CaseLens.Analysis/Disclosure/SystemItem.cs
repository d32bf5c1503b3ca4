namespace CaseLens.Analysis.Disclosure;

/// <summary>
/// A published number inside a <see cref="LinkedSystem"/>: the variables it adds up, what a reader
/// knows of it (its shown value, or what its mark says), and whether more may be hidden.
/// </summary>
internal sealed class SystemItem(string release, string name, int[] variables, DisclosurePolicy policy, bool adjustable)
{
    /// <summary>The release the number belongs to; empty for the report being made.</summary>
    public string Release { get; } = release;

    public string Name { get; } = name;

    public int[] Variables { get; set; } = variables;

    public DisclosurePolicy Policy { get; } = policy;

    /// <summary>Whether this number may still be hidden (it belongs to the report being made and is not 0).</summary>
    public bool Adjustable { get; } = adjustable;

    public ItemState State { get; set; }

    /// <summary>The value shown (rounded where the policy rounds); null when hidden.</summary>
    public int? Shown { get; init; }

    /// <summary>The true value, known only for the report being made.</summary>
    public int? Value { get; init; }

    public int? Percent { get; init; }

    /// <summary>The variables of the percent's base (one listed twice counts twice).</summary>
    public int[] PercentBase { get; set; } = [];

    /// <summary>How much hiding this number costs a reader: more for a larger count, double for a column's n (its percentages lose their base).</summary>
    public double Weight { get; init; } = 1;

    /// <summary>
    /// Whether this number, if hidden, shows the one mark every hidden number of its part shows, so that
    /// a reader cannot tell a small number from one hidden to protect it (see <see cref="SecondarySuppression"/>).
    /// </summary>
    public bool UniformMark { get; set; }

    public bool CanProtect => Adjustable && State == ItemState.Shown && Shown is > 0;

    /// <summary>What a reader knows of the number: its shown value (a rounding interval), or what its mark says.</summary>
    public (double Lower, double Upper) Bounds => State switch
    {
        ItemState.Primary => (1, Policy.MarksDiffer && !UniformMark ? Policy.Threshold - 1 : double.PositiveInfinity),
        ItemState.Secondary => (Policy.MarksDiffer && !UniformMark ? Policy.Threshold : 1, double.PositiveInfinity),
        _ => ShownBounds(),
    };

    /// <summary>Whether the shown percent tells a reader something beyond the shown numbers (it does unless rounded numbers gave it).</summary>
    public bool PercentIsInformative => State == ItemState.Shown && Percent is not null && PercentBase.Length > 0 && Policy.RoundingBase <= 1;

    private (double, double) ShownBounds()
    {
        var shown = Shown ?? throw new InvalidOperationException($"{Name} is shown without a value.");
        var half = Policy.RoundingBase / 2;
        return shown == 0 || Policy.RoundingBase <= 1 ? (shown, shown) : (Math.Max(shown - half, Policy.Threshold), shown + half);
    }

    public override string ToString() => Release.Length == 0 ? Name : $"{Name} (release {Release})";
}
