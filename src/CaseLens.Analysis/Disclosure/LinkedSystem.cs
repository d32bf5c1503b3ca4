namespace CaseLens.Analysis.Disclosure;

/// <summary>
/// What a reader of one or more releases knows, as linear constraints over non-negative atom variables:
/// every published number of every release is a sum of variables within the bounds its shown value or
/// its mark gives. Releases share a variable for an atom where their filters are told by the atom's key
/// (study year, region, incident type, review status); a release also filtered by something the key does
/// not carry (a board, dates within a quarter) counts only part of an atom's cases, so it gets a variable
/// of its own bounded by the shared one.
/// </summary>
internal sealed class LinkedSystem
{
    private readonly Dictionary<string, int> _variables = new(StringComparer.Ordinal);

    public List<SystemItem> Items { get; } = [];

    /// <summary>Pairs (part, whole): the first variable is at most the second.</summary>
    public List<(int Part, int Whole)> PartRows { get; } = [];

    public int VariableCount => _variables.Count;

    /// <summary>The system of one report being made.</summary>
    public static LinkedSystem Of(DisclosureModel model)
    {
        var system = new LinkedSystem();
        system.Add(model);
        return system;
    }

    /// <summary>Adds the report being made: its shown numbers that are not 0 may still be hidden. Returns the index of its first item.</summary>
    public int Add(DisclosureModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var first = Items.Count;
        var variables = VariablesOf(model.AtomKeys, model.Filters);
        foreach (var item in model.Items)
        {
            Items.Add(new SystemItem(string.Empty, item.Id.ToString(), Map(item.Atoms, variables), model.Policy, item.Value > 0)
            {
                State = item.State,
                Value = item.Value,
                Shown = item.State == ItemState.Shown ? model.Policy.Shown(item.Value) : null,
                Percent = item.Percent,
                PercentBase = Map(item.PercentBase, variables),
                Weight = (1 + Math.Log(1 + item.Value)) * (item.Id.Kind == ItemKind.ColumnN ? 2 : 1),
            });
        }

        return first;
    }

    /// <summary>The items of the report added at <paramref name="first"/> that are now hidden to protect others.</summary>
    public IReadOnlySet<ItemId> SecondaryOf(DisclosureModel model, int first) =>
        Enumerable.Range(0, model.Items.Count).Where(i => Items[first + i].State == ItemState.Secondary).Select(i => model.Items[i].Id).ToHashSet();

    /// <summary>Adds an earlier release: fixed, nothing of it can be hidden now.</summary>
    public void Add(Release release)
    {
        ArgumentNullException.ThrowIfNull(release);
        var policy = release.ReadPolicy();
        var variables = VariablesOf(release.AtomKeys, release.Filters);
        foreach (var item in release.Items)
        {
            Items.Add(new SystemItem(release.Id, item.Id, Map(item.Atoms, variables), policy, adjustable: false)
            {
                State = item.State,
                Shown = item.Shown,
                Percent = item.Percent,
                PercentBase = Map(item.PercentBase, variables),
            });
        }
    }

    private static int[] Map(IReadOnlyList<int> atoms, int[] variables) => [.. atoms.Select(a => variables[a])];

    private int[] VariablesOf(IReadOnlyList<string> keys, IReadOnlyDictionary<string, string> filters)
    {
        var partial = string.Join(';', filters.Where(f => !AtomKey.FilterVariables.Contains(f.Key)).OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"));
        var result = new int[keys.Count];
        for (var a = 0; a < keys.Count; a++)
        {
            var whole = Variable(keys[a]);
            // Filters other than the key's apply to notifications only (an intensive case has no board or dates).
            if (partial.Length == 0 || !keys[a].StartsWith(AtomKey.Notifications, StringComparison.Ordinal))
            {
                result[a] = whole;
                continue;
            }

            var count = VariableCount;
            var part = Variable(partial + "|" + keys[a]);
            if (part == count)
            {
                PartRows.Add((part, whole));
            }

            result[a] = part;
        }

        return result;
    }

    private int Variable(string name)
    {
        if (!_variables.TryGetValue(name, out var index))
        {
            index = _variables.Count;
            _variables[name] = index;
        }

        return index;
    }
}
