using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Tables;

namespace CaseLens.Analysis.Disclosure;

/// <summary>
/// Writes a <see cref="DisclosureModel"/>'s decisions into the report: a hidden cell keeps no number and
/// shows its mark (<see cref="DisclosurePolicy.PrimaryMark"/> or <see cref="DisclosurePolicy.SecondaryMark"/>);
/// a hidden n, not-known count or note is taken out and listed in <see cref="ReportTable.Withheld"/>; under
/// a rounding policy every shown count is rounded on its own (totals too) and each percent is worked out
/// again from the rounded count and rounded base, so that it tells nothing the rounded numbers do not.
/// </summary>
internal static class ReportMasking
{
    public static Report Apply(Report report, DisclosureModel model)
    {
        var items = model.Items.ToDictionary(i => i.Id);
        return report with { Tables = [.. report.Tables.Select(t => Apply(t, items, model.Policy))] };
    }

    private static ReportTable Apply(ReportTable table, Dictionary<ItemId, DisclosureItem> items, DisclosurePolicy policy)
    {
        // A report masked before (protected again against earlier releases) keeps what it withheld.
        var withheld = new Dictionary<string, string>(table.Withheld, StringComparer.Ordinal);
        var columns = table.Columns.Select(c =>
        {
            if (c.Source != ColumnSource.Cases || c.N is null)
            {
                return c;
            }

            var item = items[new ItemId(ItemKind.ColumnN, table.Id, string.Empty, c.Key)];
            if (item.State != ItemState.Shown)
            {
                withheld[WithheldKey.Of(item.Id)!] = Mark(item, policy);
                return c with { N = null };
            }

            return c with { N = policy.Shown(item.Value) };
        }).ToList();

        var rows = table.Rows.Select(row => row with
        {
            Cells = row.Cells.ToDictionary(kv => kv.Key, kv => Cell(table, row, kv.Key, kv.Value, items, policy), StringComparer.Ordinal),
        }).ToList();

        return table with
        {
            Columns = columns,
            Rows = rows,
            NotKnown = Counts(table, table.NotKnown, ItemKind.NotKnown, items, policy, withheld),
            Notes = Counts(table, table.Notes, ItemKind.Note, items, policy, withheld),
            Withheld = withheld,
        };
    }

    private static Cell Cell(ReportTable table, ReportRow row, string columnKey, Cell cell, Dictionary<ItemId, DisclosureItem> items, DisclosurePolicy policy)
    {
        var item = new[] { ItemKind.Cell, ItemKind.PercentCell, ItemKind.Statistic }
            .Select(kind => items.GetValueOrDefault(new ItemId(kind, table.Id, row.Key, columnKey)))
            .FirstOrDefault(i => i is not null);
        if (item is null)
        {
            return cell;
        }

        if (item.State != ItemState.Shown)
        {
            return new Cell { Suppressed = true, Display = Mark(item, policy) };
        }

        if (policy.RoundingBase <= 1)
        {
            return cell;
        }

        return item.Id.Kind switch
        {
            ItemKind.Statistic => cell with { N = policy.Shown(item.Value) },
            ItemKind.PercentCell => cell with { Percent = RoundedPercent(item, table, row, columnKey, items, policy) },
            _ => cell with { Count = policy.Shown(item.Value), Percent = cell.Percent is null ? null : RoundedPercent(item, table, row, columnKey, items, policy) },
        };
    }

    /// <summary>The percent of the rounded count over the rounded base; none when the base is hidden.</summary>
    private static int? RoundedPercent(DisclosureItem item, ReportTable table, ReportRow row, string columnKey, Dictionary<ItemId, DisclosureItem> items, DisclosurePolicy policy)
    {
        var baseItems = PublishedItems.Of(table with { Rows = [row] })
            .First(p => p.Id.Row == row.Key && p.Id.Column == columnKey && p.Id.Kind == item.Id.Kind).PercentBase
            .Select(id => items[id]).ToList();
        if (baseItems.Count == 0 || baseItems.Any(b => b.State != ItemState.Shown))
        {
            return null;
        }

        return Percent.Of(policy.Shown(item.Value), baseItems.Sum(b => policy.Shown(b.Value)));
    }

    private static Dictionary<string, int> Counts(
        ReportTable table, IReadOnlyDictionary<string, int> counts, ItemKind kind, Dictionary<ItemId, DisclosureItem> items, DisclosurePolicy policy, Dictionary<string, string> withheld)
    {
        var shown = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in counts.Keys)
        {
            var item = items[new ItemId(kind, table.Id, string.Empty, key)];
            if (item.State == ItemState.Shown)
            {
                shown[key] = policy.Shown(item.Value);
            }
            else
            {
                withheld[WithheldKey.Of(item.Id)!] = Mark(item, policy);
            }
        }

        return shown;
    }

    private static string Mark(DisclosureItem item, DisclosurePolicy policy) =>
        item.State == ItemState.Primary && !item.UniformMark ? policy.PrimaryMark : policy.SecondaryMark;
}
