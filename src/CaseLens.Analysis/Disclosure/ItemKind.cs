namespace CaseLens.Analysis.Disclosure;

/// <summary>What sort of published number an item of a report is.</summary>
public enum ItemKind
{
    /// <summary>A count cell of a case column (with its percent, if it has one).</summary>
    Cell,

    /// <summary>A cell that gives only a percent (T18's percentage columns, AP2's <c>percent</c>): it reveals a count given its base.</summary>
    PercentCell,

    /// <summary>A Table 21 cell: median, minimum and maximum over <c>n</c> cases; hidden whole.</summary>
    Statistic,

    /// <summary>A case column's <c>n</c>.</summary>
    ColumnN,

    /// <summary>A case column's <c>not_known</c> count.</summary>
    NotKnown,

    /// <summary>A count in a table's notes (values left out by definition).</summary>
    Note,
}
