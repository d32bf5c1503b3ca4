using System.Collections.Frozen;
using CaseLens.Analysis.Reports;
using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Tables;

/// <summary>
/// The tables CaseLens computes: their ids, where they do not depend on the data their row keys
/// (A1's quarters do), and the facts their builders set (kind, section, row kinds). Comparator files
/// are checked against it, and a report read back from JSON gets its tables' facts from it.
/// </summary>
public static class TableCatalog
{
    private static readonly FrozenDictionary<string, ReportTable> Prototypes =
        EmptyTables().ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, FrozenSet<string>?> RowKeysById = Load();

    /// <summary>Every table id, in report order.</summary>
    public static IReadOnlyList<string> Ids { get; } = LoadIds();

    /// <summary>Whether CaseLens computes a table of that id.</summary>
    public static bool Contains(string tableId) => RowKeysById.ContainsKey(tableId);

    /// <summary>Whether <paramref name="rowKey"/> can be a row of the table (any calendar quarter for A1).</summary>
    public static bool HasRow(string tableId, string rowKey) =>
        RowKeysById.TryGetValue(tableId, out var keys)
        && (keys?.Contains(rowKey) ?? IsQuarter(rowKey));

    /// <summary>
    /// The table with the kind, section and row kinds its builder gives a table of that id: for a
    /// table read from a file that names only its id. A sub-row stays one (the file says so); a table
    /// CaseLens does not compute is returned as it is.
    /// </summary>
    public static ReportTable WithFacts(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!Prototypes.TryGetValue(table.Id, out var prototype))
        {
            return table;
        }

        var kinds = prototype.Rows.ToDictionary(r => r.Key, r => r.Kind, StringComparer.Ordinal);
        return table with
        {
            Kind = prototype.Kind,
            Section = prototype.Section,
            Rows = [.. table.Rows.Select(r => r.IsSubRow ? r : r with { Kind = kinds.GetValueOrDefault(r.Key) })],
        };
    }

    private static IReadOnlyList<ReportTable> EmptyTables() =>
    [
        .. NotificationTables.Build(CodedNotifications.Of([], NotificationFilter.None), new TableOptions()),
        .. IntensiveTables.Build([], new TableOptions()),
    ];

    private static string[] LoadIds() => [.. EmptyTables().Select(t => t.Id)];

    private static FrozenDictionary<string, FrozenSet<string>?> Load() =>
        Prototypes.Values.ToFrozenDictionary(
            t => t.Id,
            t => t.Id == "A1" ? null : t.Rows.Select(r => r.Key).ToFrozenSet(StringComparer.Ordinal),
            StringComparer.Ordinal);

    private static bool IsQuarter(string key) =>
        key is [_, _, _, _, '-', 'Q', >= '1' and <= '4'] && key[..4].All(char.IsAsciiDigit);
}
