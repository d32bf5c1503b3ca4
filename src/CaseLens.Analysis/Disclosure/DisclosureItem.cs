namespace CaseLens.Analysis.Disclosure;

/// <summary>
/// A published number of a report in the disclosure model: the atoms it adds up, its true value, the
/// percent shown with it and the atoms of that percent's base (an atom listed twice counts twice), and
/// whether it is shown.
/// </summary>
public sealed record DisclosureItem(
    ItemId Id,
    IReadOnlyList<int> Atoms,
    int Value,
    int? Percent,
    IReadOnlyList<int> PercentBase,
    ItemState State)
{
    /// <summary>Whether, hidden, it shows the policy's secondary mark even as a small number (its part's marks would say too much otherwise).</summary>
    public bool UniformMark { get; init; }

    /// <summary>A number may be hidden to protect another only if it is not 0: a hidden zero would be read as at least K.</summary>
    public bool CanProtect => State == ItemState.Shown && Value > 0;
}
