namespace CaseLens.Analysis.Reports;

/// <summary>
/// One table of report-tables.md: its id (<c>T2</c>, <c>A6</c>, <c>TM</c> …), columns in order
/// (case columns first, then comparator columns) and rows in order.
/// </summary>
public sealed record ReportTable
{
    /// <summary>The table's id in report-tables.md, for example <c>T2</c>; unique within a report.</summary>
    public required string Id { get; init; }

    /// <summary>The table's title in words, without its number (renderers add "Table 2:" and the like).</summary>
    public required string Title { get; init; }

    /// <summary>The columns in order: case columns first, then comparator columns.</summary>
    public required IReadOnlyList<ReportColumn> Columns { get; init; }

    /// <summary>The rows in the order the table is printed, sub-rows under the row they are part of.</summary>
    public required IReadOnlyList<ReportRow> Rows { get; init; }

    /// <summary>Base cases with an empty value, by case-column key; left out of that column's n.</summary>
    public IReadOnlyDictionary<string, int> NotKnown { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// Values the table leaves out by definition (for example T7's <c>unclear</c>), counted by name,
    /// and any other note a reader needs (for example which rows are sub-rows).
    /// </summary>
    public IReadOnlyDictionary<string, int> Notes { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// Numbers outside the cells that disclosure control withheld, with the mark shown instead: keys
    /// <c>n/COLUMN</c> (the column's n, then null), <c>not_known/COLUMN</c> and <c>notes/NAME</c> (then
    /// missing from <see cref="NotKnown"/> and <see cref="Notes"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Withheld { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether the table gives row percentages (Table 15) rather than column percentages.</summary>
    public bool RowPercentages { get; init; }

    /// <summary>How the cells count the cases (frequencies, multi-response, a profile, statistics).</summary>
    public TableKind Kind { get; init; }

    /// <summary>Whether a case can count in more than one row, so the rows do not add up to the cases.</summary>
    public bool IsMultiResponse => Kind is TableKind.MultiResponse or TableKind.Profile;

    /// <summary>Whether the cells are statistics rather than counts.</summary>
    public bool IsStatistics => Kind == TableKind.Statistics;

    /// <summary>The part of the analysis the table belongs to: the notifications or the intensive sample.</summary>
    public ReportSection Section { get; init; }
}
