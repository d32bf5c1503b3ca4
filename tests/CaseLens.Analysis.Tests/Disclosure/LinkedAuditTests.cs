using CaseLens.Analysis.Disclosure;

namespace CaseLens.Analysis.Tests.Disclosure;

public sealed class LinkedAuditTests
{
    private const string T15SeriousInjury1617 = "T15 cell 16_17 serious_injury";

    [Fact]
    public void The_linked_audit_catches_a_leak_that_protecting_each_table_on_its_own_misses()
    {
        var model = DisclosureModel.Of(SeedData.Report.Report, SeedData.Report.Atoms, DisclosurePolicy.K(6));

        // Table by table: each table protected as if it were published alone.
        var secondary = new HashSet<ItemId>();
        foreach (var table in model.Items.GroupBy(i => i.Id.Table))
        {
            var alone = model with { Items = [.. table] };
            var system = LinkedSystem.Of(alone);
            system.Compact();
            SecondarySuppression.Protect(system.Split()).Unprotected.ShouldBeEmpty(table.Key);
            secondary.UnionWith(system.SecondaryOf(alone, 0));
            if (table.Key == "T15")
            {
                SystemAuditOf(alone.Hiding(system.SecondaryOf(alone, 0))).Single(i => i.Item == T15SeriousInjury1617).Protected.ShouldBeTrue();
            }
        }

        // Read together, T2's 16-17 row minus F7's 16-17 n (and the rest) gives T15's hidden 4 again.
        var linked = SystemAuditOf(model.Hiding(secondary));
        var leak = linked.Single(i => i.Item == T15SeriousInjury1617);
        leak.Protected.ShouldBeFalse();
        leak.WholeMin.ShouldBe(4);
        leak.WholeMax.ShouldBe(4);
    }

    private static IReadOnlyList<AuditInterval> SystemAuditOf(DisclosureModel model)
    {
        var system = LinkedSystem.Of(model);
        system.Compact();
        return [.. system.Split().SelectMany(SystemAudit.Of)];
    }
}
