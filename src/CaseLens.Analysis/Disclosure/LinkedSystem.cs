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

    public int VariableCount { get; private set; }

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
                UniformMark = item.UniformMark,
                Value = item.Value,
                Shown = item.State == ItemState.Shown ? model.Policy.Shown(item.Value) : null,
                Percent = item.Percent,
                PercentBase = Map(item.PercentBase, variables),
                Weight = (1 + Math.Log(1 + item.Value)) * (item.Id.Kind == ItemKind.ColumnN ? 2 : 1),
            });
        }

        return first;
    }

    /// <summary>The items of the report added at <paramref name="first"/> that show the one mark of their part when hidden.</summary>
    public IReadOnlySet<ItemId> UniformOf(DisclosureModel model, int first) =>
        Enumerable.Range(0, model.Items.Count).Where(i => Items[first + i].UniformMark).Select(i => model.Items[i].Id).ToHashSet();

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
                UniformMark = item.UniformMark,
                Shown = item.Shown,
                Percent = item.Percent,
                PercentBase = Map(item.PercentBase, variables),
            });
        }
    }

    /// <summary>
    /// Merges variables that every row treats alike (the same items, with the same multiplicity in
    /// each percent base): a reader cannot tell their cases apart, so one variable for their sum is the
    /// same system, smaller. Done once all releases are added.
    /// </summary>
    public void Compact()
    {
        var rows = new List<string>[VariableCount];
        for (var v = 0; v < rows.Length; v++)
        {
            rows[v] = [];
        }

        for (var i = 0; i < Items.Count; i++)
        {
            foreach (var v in Items[i].Variables)
            {
                rows[v].Add("v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            foreach (var group in Items[i].PercentBase.GroupBy(v => v))
            {
                rows[group.Key].Add($"p{i}x{group.Count()}");
            }
        }

        for (var r = 0; r < PartRows.Count; r++)
        {
            rows[PartRows[r].Part].Add("a" + r.ToString(System.Globalization.CultureInfo.InvariantCulture));
            rows[PartRows[r].Whole].Add("b" + r.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var merged = new Dictionary<string, int>(StringComparer.Ordinal);
        var map = new int[VariableCount];
        var size = new int[VariableCount];
        for (var v = 0; v < map.Length; v++)
        {
            var signature = string.Join(',', rows[v]);
            if (!merged.TryGetValue(signature, out var target))
            {
                target = merged.Count;
                merged[signature] = target;
            }

            map[v] = target;
            size[target]++;
        }

        foreach (var item in Items)
        {
            item.Variables = [.. item.Variables.Select(v => map[v]).Distinct()];

            // Every variable of a merged group appears alike, so the group's multiplicity is one member's.
            item.PercentBase = [.. item.PercentBase.GroupBy(v => map[v]).SelectMany(g => Enumerable.Repeat(g.Key, g.Count() / size[g.Key]))];
        }

        for (var r = 0; r < PartRows.Count; r++)
        {
            PartRows[r] = (map[PartRows[r].Part], map[PartRows[r].Whole]);
        }

        VariableCount = merged.Count;
    }

    /// <summary>
    /// The independent parts of the system: numbers that share no variable, directly or through others,
    /// constrain each other in no way, so each part is audited and protected on its own, with smaller
    /// LPs (the intensive sample's tables never touch the notifications'). The items are the same
    /// objects, their variables renumbered within their part: this system is used up.
    /// </summary>
    public IReadOnlyList<LinkedSystem> Split()
    {
        var parent = Enumerable.Range(0, VariableCount).ToArray();
        foreach (var item in Items)
        {
            foreach (var v in item.Variables.Concat(item.PercentBase))
            {
                Union(item.Variables.Length > 0 ? item.Variables[0] : v, v);
            }
        }

        foreach (var (part, whole) in PartRows)
        {
            Union(part, whole);
        }

        var parts = new Dictionary<int, LinkedSystem>();
        var renumbered = new int[VariableCount];
        for (var v = 0; v < VariableCount; v++)
        {
            var part = Part(Find(v));
            renumbered[v] = part.VariableCount++;
        }

        foreach (var item in Items.Where(i => i.Variables.Length > 0 || i.PercentBase.Length > 0))
        {
            var part = Part(Find(item.Variables.Length > 0 ? item.Variables[0] : item.PercentBase[0]));
            item.Variables = [.. item.Variables.Select(v => renumbered[v])];
            item.PercentBase = [.. item.PercentBase.Select(v => renumbered[v])];
            part.Items.Add(item);
        }

        foreach (var (p, w) in PartRows)
        {
            Part(Find(p)).PartRows.Add((renumbered[p], renumbered[w]));
        }

        return [.. parts.Values.Where(p => p.Items.Count > 0)];

        LinkedSystem Part(int root)
        {
            if (!parts.TryGetValue(root, out var part))
            {
                parts[root] = part = new LinkedSystem();
            }

            return part;
        }

        int Find(int v)
        {
            while (parent[v] != v)
            {
                v = parent[v] = parent[parent[v]];
            }

            return v;
        }

        void Union(int a, int b) => parent[Find(a)] = Find(b);
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
        if (VariableCount != _variables.Count)
        {
            throw new InvalidOperationException("Nothing can be added to a system once it is compacted.");
        }

        if (!_variables.TryGetValue(name, out var index))
        {
            index = _variables.Count;
            _variables[name] = index;
            VariableCount = _variables.Count;
        }

        return index;
    }
}
