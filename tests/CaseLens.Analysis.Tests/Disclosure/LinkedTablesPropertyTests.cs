using CaseLens.Analysis.Disclosure;
using CsCheck;

namespace CaseLens.Analysis.Tests.Disclosure;

/// <summary>
/// Random linked tables: cases with three coded values a (3), b (3) and c (2), published as the tables
/// a × b (with each b column's n), b × c (with each c column's n) and the margin of a with percentages —
/// the same cases counted three ways, so a hidden count can be attacked across tables.
/// </summary>
public sealed class LinkedTablesPropertyTests
{
    private static readonly Gen<int[]> Atoms = Gen.Frequency((3, Gen.Const(0)), (4, Gen.Int[1, 5]), (3, Gen.Int[6, 30])).Array[18];

    [Fact]
    public void After_protection_no_hidden_small_number_can_be_pinned_and_the_truth_is_within_every_interval()
    {
        Atoms.Sample(
            counts =>
            {
                var model = Model(counts, DisclosurePolicy.K(6));
                var system = LinkedSystem.Of(model);
                system.Compact();
                var parts = system.Split();
                SecondarySuppression.Protect(parts);
                var audit = parts.SelectMany(SystemAudit.Of).ToDictionary(i => i.Item);
                var protectedModel = model.Hiding(LinkedSystemSecondary(system, model));

                foreach (var item in protectedModel.Items)
                {
                    if (item.State == ItemState.Shown)
                    {
                        (item.Value is > 0 and < 6).ShouldBeFalse(item.Id.ToString());
                        continue;
                    }

                    if (item.State == ItemState.Primary)
                    {
                        var interval = audit[item.Id.ToString()];
                        interval.Pinned.ShouldBeFalse(interval.ToString());
                        item.Value.ShouldBeInRange((int)interval.WholeMin, interval.WholeMax > int.MaxValue ? int.MaxValue : (int)interval.WholeMax);
                    }
                }

                NoDifferenceOfTwoShownNumbersIsAHiddenSmallOne(protectedModel);
            },
            iter: 25);
    }

    [Fact]
    public void Without_secondary_suppression_the_audit_finds_the_differences_it_prevents()
    {
        // a=0 has one case with b=0, c=0 and ten with b=1, c=1: the a × b cell (0, 0) = 1 is the a margin 11 minus (0, 1) = 10.
        var counts = new int[18];
        counts[Index(0, 0, 0)] = 1;
        counts[Index(0, 1, 1)] = 10;
        counts[Index(1, 1, 0)] = 20;
        counts[Index(2, 2, 1)] = 30;
        var model = Model(counts, DisclosurePolicy.K(6));
        var system = LinkedSystem.Of(model);
        system.Compact();

        var audit = system.Split().SelectMany(SystemAudit.Of).ToList();

        audit.Single(i => i.Item == "AB cell a0 b0").Pinned.ShouldBeTrue();
    }

    private static IReadOnlySet<ItemId> LinkedSystemSecondary(LinkedSystem system, DisclosureModel model) => system.SecondaryOf(model, 0);

    /// <summary>An attacker written apart from the audit: a hidden small number equal to one shown number, or to the difference of two.</summary>
    private static void NoDifferenceOfTwoShownNumbersIsAHiddenSmallOne(DisclosureModel model)
    {
        var shown = model.Items.Where(i => i.State == ItemState.Shown).Select(i => i.Atoms.ToHashSet()).ToList();
        foreach (var hidden in model.Items.Where(i => i.State == ItemState.Primary))
        {
            var target = hidden.Atoms.ToHashSet();
            shown.ShouldNotContain(s => s.SetEquals(target), hidden.Id.ToString());
            foreach (var whole in shown.Where(s => s.IsSupersetOf(target)))
            {
                shown.ShouldNotContain(part => part.IsSubsetOf(whole) && !part.Overlaps(target) && part.Count + target.Count == whole.Count, hidden.Id.ToString());
            }
        }
    }

    private static int Index(int a, int b, int c) => (a * 6) + (b * 2) + c;

    /// <summary>The model of the three tables over the atoms with cases (as <see cref="AtomSpace"/> keeps only those).</summary>
    private static DisclosureModel Model(int[] counts, DisclosurePolicy policy)
    {
        var atoms = Enumerable.Range(0, 18).Where(x => counts[x] > 0).ToList();
        var items = new List<DisclosureItem>();
        void Add(ItemId id, Func<int, int, int, bool> member, int? percentOf = null)
        {
            var members = atoms.Select((x, i) => (x, i)).Where(p => member(p.x / 6, p.x / 2 % 3, p.x % 2)).Select(p => p.i).ToList();
            var value = members.Sum(i => counts[atoms[i]]);
            var all = Enumerable.Range(0, atoms.Count).ToList();
            var total = counts.Sum();
            int? percent = percentOf is null || total == 0 ? null : (int)Math.Round(100m * value / total, MidpointRounding.AwayFromZero);
            items.Add(new DisclosureItem(id, members, value, percent, percent is null ? [] : all, policy.IsSmall(value) ? ItemState.Primary : ItemState.Shown));
        }

        for (var a = 0; a < 3; a++)
        {
            for (var b = 0; b < 3; b++)
            {
                var (ra, rb) = (a, b);
                Add(new ItemId(ItemKind.Cell, "AB", $"a{a}", $"b{b}"), (x, y, _) => x == ra && y == rb);
            }

            var margin = a;
            Add(new ItemId(ItemKind.Cell, "A", $"a{a}", "all"), (x, _, _) => x == margin, percentOf: 1);
        }

        for (var b = 0; b < 3; b++)
        {
            var column = b;
            Add(new ItemId(ItemKind.ColumnN, "AB", string.Empty, $"b{b}"), (_, y, _) => y == column);
            for (var c = 0; c < 2; c++)
            {
                var (rb, rc) = (b, c);
                Add(new ItemId(ItemKind.Cell, "BC", $"b{b}", $"c{c}"), (_, y, z) => y == rb && z == rc);
            }
        }

        for (var c = 0; c < 2; c++)
        {
            var column = c;
            Add(new ItemId(ItemKind.ColumnN, "BC", string.Empty, $"c{c}"), (_, _, z) => z == column);
        }

        Add(new ItemId(ItemKind.ColumnN, "A", string.Empty, "all"), (_, _, _) => true);
        return new DisclosureModel
        {
            AtomKeys = [.. atoms.Select(x => $"a={x / 6};b={x / 2 % 3};c={x % 2}")],
            Items = items,
            Policy = policy,
            Filters = new Dictionary<string, string>(),
        };
    }
}
