using System.Globalization;
using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Tables;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Provenance;

namespace CaseLens.Analysis.Disclosure;

/// <summary>
/// The atoms of one report's cases — each distinct <see cref="AtomKey"/> with how many cases fall in it —
/// and, for every published number, the atoms it adds up. Found by building the tables of one case
/// from each atom: the tables count cases, so a number is the sum of the atoms in which that one case
/// counts. <see cref="Check"/> proves it against the real report.
/// </summary>
public sealed class AtomSpace
{
    private readonly Dictionary<ItemId, int[]> _members;

    private AtomSpace(IReadOnlyList<string> keys, IReadOnlyList<int> counts, Dictionary<ItemId, int[]> members)
    {
        Keys = keys;
        Counts = counts;
        _members = members;
    }

    /// <summary>The atoms' keys, each once.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>How many cases fall in each atom.</summary>
    public IReadOnlyList<int> Counts { get; }

    /// <summary>The atoms (indexes into <see cref="Keys"/>) whose cases a published number counts; none for a number that is 0 for every atom.</summary>
    public IReadOnlyList<int> MembersOf(ItemId item) => _members.TryGetValue(item, out var atoms) ? atoms : [];

    /// <summary>The same atoms without the numbers of <paramref name="tables"/>: for a report those tables were taken out of.</summary>
    public AtomSpace Without(IReadOnlyCollection<string> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        return new AtomSpace(Keys, Counts, _members.Where(m => !tables.Contains(m.Key.Table)).ToDictionary(m => m.Key, m => m.Value));
    }

    /// <summary>
    /// The atoms of the notifications and the intensive-sample cases of a report made with
    /// <paramref name="options"/> (its period label and filter; comparators play no part).
    /// </summary>
    public static AtomSpace Of(CodedNotifications notifications, IReadOnlyList<IntensiveCase>? intensive, TableOptions options)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        ArgumentNullException.ThrowIfNull(options);
        var probeOptions = options with { Comparators = Comparators.ComparatorSet.Empty };
        var keys = new List<string>();
        var counts = new List<int>();
        var members = new Dictionary<ItemId, List<int>>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var representatives = new List<NotificationCodes>();
        foreach (ref readonly var codes in notifications.Cases)
        {
            if (Add(AtomKey.Of(in codes)))
            {
                representatives.Add(codes);
            }
        }

        var digest = new byte[DataSetHash.DigestBytes];
        for (var atom = 0; atom < representatives.Count; atom++)
        {
            var one = new CodedNotifications(notifications.Scope, [representatives[atom]], digest);
            Probe(NotificationTables.Build(one, probeOptions), atom);
        }

        var sample = (intensive ?? []).Where(options.Filter.Matches).ToList();
        foreach (var c in sample)
        {
            var before = keys.Count;
            if (Add(AtomKey.Of(c)))
            {
                Probe(IntensiveTables.Build([c], probeOptions), before);
            }
        }

        return new AtomSpace(keys, counts, members.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()));

        bool Add(string key)
        {
            if (index.TryGetValue(key, out var at))
            {
                counts[at]++;
                return false;
            }

            index[key] = keys.Count;
            keys.Add(key);
            counts.Add(1);
            return true;
        }

        void Probe(IEnumerable<ReportTable> tables, int atom)
        {
            foreach (var item in tables.SelectMany(PublishedItems.Of))
            {
                var value = item.Id.Kind == ItemKind.PercentCell ? (item.Percent == 100 ? 1 : 0) : item.Count ?? 0;
                if (value is < 0 or > 1)
                {
                    throw new InvalidOperationException($"{item.Id} counts one case {value.ToString(CultureInfo.InvariantCulture)} times: it is not a count of cases.");
                }

                if (value == 1)
                {
                    if (!members.TryGetValue(item.Id, out var list))
                    {
                        members[item.Id] = list = [];
                    }

                    list.Add(atom);
                }
            }
        }
    }

    /// <summary>The number the atoms give for <paramref name="item"/>: the cases of its atoms.</summary>
    public int CountOf(ItemId item) => MembersOf(item).Sum(a => Counts[a]);

    /// <summary>
    /// Throws when some published count of <paramref name="report"/> is not the sum of its atoms (a
    /// table that counts something the atom key does not carry): the model would then be unsound.
    /// </summary>
    public void Check(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var items = PublishedItems.Of(report).ToDictionary(i => i.Id);
        foreach (var item in items.Values)
        {
            var atoms = CountOf(item.Id);
            var expected = item.Id.Kind == ItemKind.PercentCell ? (int?)null : item.Count;
            if (expected is { } count && count != atoms)
            {
                throw new InvalidOperationException($"{item.Id}: the report shows {count.ToString(CultureInfo.InvariantCulture)} but its atoms add up to {atoms.ToString(CultureInfo.InvariantCulture)}.");
            }
        }

        foreach (var id in _members.Keys.Where(id => !items.ContainsKey(id)))
        {
            throw new InvalidOperationException($"{id} counts cases but is not in the report.");
        }
    }
}
