namespace CaseLens.Analysis.Disclosure;

/// <summary>
/// One published number of a report: its kind, table and place. Written as
/// <c>T15 cell 16_17 serious_injury</c>, <c>T2 n 2005-07</c>, <c>T4 not_known 2005-07</c> or <c>T7 note unclear</c>.
/// </summary>
/// <param name="Row">The row key of a cell; empty for a column's n, its not-known count and notes.</param>
/// <param name="Column">The column key, or the note's name.</param>
public readonly record struct ItemId(ItemKind Kind, string Table, string Row, string Column)
{
    /// <summary>The item as it is written in the ledger and in messages (see the type's summary).</summary>
    public override string ToString() => Kind switch
    {
        ItemKind.ColumnN => $"{Table} n {Column}",
        ItemKind.NotKnown => $"{Table} not_known {Column}",
        ItemKind.Note => $"{Table} note {Column}",
        ItemKind.PercentCell => $"{Table} percent {Row} {Column}",
        ItemKind.Statistic => $"{Table} statistic {Row} {Column}",
        _ => $"{Table} cell {Row} {Column}",
    };
}
