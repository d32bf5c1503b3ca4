namespace CaseLens.Analysis.Disclosure;

/// <summary>
/// A number an earlier release published, as the ledger keeps it: its id (<see cref="ItemId"/> as text),
/// the atoms it adds up (indexes into <see cref="Release.AtomKeys"/>), whether it was shown and the value
/// shown — never the true value of a hidden number — and its percent with the atoms of the percent's base.
/// </summary>
/// <param name="UniformMark">Whether, hidden, it showed the one mark of its part (a reader cannot tell a small number from a protecting one).</param>
public sealed record ReleasedItem(string Id, IReadOnlyList<int> Atoms, ItemState State, int? Shown, int? Percent, IReadOnlyList<int> PercentBase, bool UniformMark = false);
