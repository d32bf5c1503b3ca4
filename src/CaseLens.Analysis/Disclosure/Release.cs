namespace CaseLens.Analysis.Disclosure;

/// <summary>
/// One published report as the disclosure ledger keeps it, so that a later report can be audited
/// against it: the data set hash and filters of its cases, its policy, when it was published, its atom
/// keys and every number it made public (serialisable as it stands, for example with System.Text.Json).
/// </summary>
public sealed record Release
{
    /// <summary>The release's id in the ledger, named by conflicts and withheld tables.</summary>
    public required string Id { get; init; }

    /// <summary>The hash of the cases the report was made from (its provenance's data set hash).</summary>
    public required string DataSetHash { get; init; }

    /// <summary>The filters of the report (as its provenance gives them), which say which cases its atoms hold.</summary>
    public required IReadOnlyDictionary<string, string> Filters { get; init; }

    /// <summary>The policy as written (<see cref="DisclosurePolicy.Text"/>).</summary>
    public required string Policy { get; init; }

    /// <summary>How far apart the lowest and highest value a hidden number can take must stay, under the release's policy.</summary>
    public required int ProtectionRange { get; init; }

    /// <summary>When the report was published, from the injected clock.</summary>
    public required DateTimeOffset PublishedAt { get; init; }

    /// <summary>The atoms its items are sums of (<see cref="AtomKey"/>), so a later report can be joined to it atom by atom.</summary>
    public required IReadOnlyList<string> AtomKeys { get; init; }

    /// <summary>Every number the report made public or hid, with its atoms: the equations a later audit adds to its own.</summary>
    public required IReadOnlyList<ReleasedItem> Items { get; init; }

    /// <summary>The release of a protected report.</summary>
    public static Release Of(string id, DisclosedReport published, DateTimeOffset publishedAt)
    {
        ArgumentNullException.ThrowIfNull(published);
        var model = published.Model;
        return new Release
        {
            Id = id,
            DataSetHash = published.Report.Provenance.DataSetHash,
            Filters = model.Filters,
            Policy = model.Policy.Text,
            ProtectionRange = model.Policy.ProtectionRange,
            PublishedAt = publishedAt,
            AtomKeys = model.AtomKeys,
            Items = [.. model.Items.Select(i => new ReleasedItem(
                i.Id.ToString(), i.Atoms, i.State, i.State == ItemState.Shown ? model.Policy.Shown(i.Value) : null, i.State == ItemState.Shown ? i.Percent : null, i.PercentBase, i.UniformMark))],
        };
    }

    /// <summary>The policy the release was published under.</summary>
    /// <exception cref="InvalidOperationException">The ledger holds a policy this version does not know.</exception>
    public DisclosurePolicy ReadPolicy() =>
        (DisclosurePolicy.Parse(Policy, out var error) ?? throw new InvalidOperationException($"Release {Id}: {error}")) with { ProtectionRange = ProtectionRange };
}
