using System.Collections.Frozen;
using CaseLens.Analysis.Reports;
using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Tables;

/// <summary>
/// The tables CaseLens computes: their ids and, where they do not depend on the data, their row
/// keys (A1's quarters do). Comparator files are checked against it.
/// </summary>
public static class TableCatalog
{
    private static readonly FrozenDictionary<string, FrozenSet<string>?> RowKeysById = Load();

    /// <summary>Every table id, in report order.</summary>
    public static IReadOnlyList<string> Ids { get; } = LoadIds();

    public static bool Contains(string tableId) => RowKeysById.ContainsKey(tableId);

    /// <summary>Whether <paramref name="rowKey"/> can be a row of the table (any calendar quarter for A1).</summary>
    public static bool HasRow(string tableId, string rowKey) =>
        RowKeysById.TryGetValue(tableId, out var keys)
        && (keys?.Contains(rowKey) ?? IsQuarter(rowKey));

    private static IReadOnlyList<ReportTable> EmptyTables() =>
    [
        .. NotificationTables.Build(CodedNotifications.Of([], NotificationFilter.None), new TableOptions()),
        .. IntensiveTables.Build([], new TableOptions()),
    ];

    private static string[] LoadIds() => [.. EmptyTables().Select(t => t.Id)];

    private static FrozenDictionary<string, FrozenSet<string>?> Load() =>
        EmptyTables().ToFrozenDictionary(
            t => t.Id,
            t => t.Id == "A1" ? null : t.Rows.Select(r => r.Key).ToFrozenSet(StringComparer.Ordinal),
            StringComparer.Ordinal);

    private static bool IsQuarter(string key) =>
        key is [_, _, _, _, '-', 'Q', >= '1' and <= '4'] && key[..4].All(char.IsAsciiDigit);
}
