using CaseLens.Analysis.Reports;

namespace CaseLens.Analysis.Disclosure;

/// <summary>
/// One report as a linear system: every number it publishes is a sum of atoms (<see cref="AtomSpace"/>),
/// each marked shown or hidden under a <see cref="DisclosurePolicy"/>. Made with primary suppression
/// applied; <see cref="SecondarySuppression"/> chooses what else to hide.
/// </summary>
public sealed record DisclosureModel
{
    /// <summary>The atoms every item is a sum of, by key (<see cref="AtomKey"/>), in the order items refer to them.</summary>
    public required IReadOnlyList<string> AtomKeys { get; init; }

    /// <summary>Every number the report publishes, with its atoms and whether it is shown or hidden.</summary>
    public required IReadOnlyList<DisclosureItem> Items { get; init; }

    /// <summary>The policy that says which numbers are small and how far a hidden one must stay uncertain.</summary>
    public required DisclosurePolicy Policy { get; init; }

    /// <summary>The report's filters (as its provenance gives them), which say which cases its atoms hold.</summary>
    public required IReadOnlyDictionary<string, string> Filters { get; init; }

    /// <summary>The model of <paramref name="report"/> (unsuppressed) over <paramref name="atoms"/>, with every small number hidden.</summary>
    public static DisclosureModel Of(Report report, AtomSpace atoms, DisclosurePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(atoms);
        ArgumentNullException.ThrowIfNull(policy);
        atoms.Check(report);
        var items = PublishedItems.Of(report).ToList();
        var modelItems = items.Select(item =>
        {
            var value = atoms.CountOf(item.Id);
            var percentBase = item.PercentBase.SelectMany(atoms.MembersOf).ToArray();
            return new DisclosureItem(item.Id, atoms.MembersOf(item.Id), value, item.Percent, percentBase, policy.IsSmall(value) ? ItemState.Primary : ItemState.Shown);
        }).ToList();
        return new DisclosureModel { AtomKeys = atoms.Keys, Items = modelItems, Policy = policy, Filters = report.Provenance.Filters };
    }

    /// <summary>
    /// The same model with the items of <paramref name="secondary"/> hidden to protect others, and those of
    /// <paramref name="uniform"/> showing one mark when hidden.
    /// </summary>
    public DisclosureModel Hiding(IReadOnlySet<ItemId> secondary, IReadOnlySet<ItemId>? uniform = null)
    {
        ArgumentNullException.ThrowIfNull(secondary);
        return this with
        {
            Items = [.. Items.Select(i => (i.State == ItemState.Shown && secondary.Contains(i.Id) ? i with { State = ItemState.Secondary } : i)
                with { UniformMark = i.UniformMark || (uniform?.Contains(i.Id) ?? false) })],
        };
    }

    /// <summary>How many items are in <paramref name="state"/> (shown, hidden as small, hidden to protect others).</summary>
    public int Count(ItemState state) => Items.Count(i => i.State == state);
}
