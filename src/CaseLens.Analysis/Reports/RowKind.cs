namespace CaseLens.Analysis.Reports;

/// <summary>What a row of a table is, so that renderers and comparisons need not know tables by id or rows by key.</summary>
public enum RowKind
{
    /// <summary>A category of the table: its cases counted in its cells.</summary>
    Category,

    /// <summary>Part of the row above (T17's <c>head_injury_under_1</c>): not added into its column's sum.</summary>
    SubRow,

    /// <summary>The sum of the rows above (T18's total deaths, A6–A9's total for whom data are available).</summary>
    Total,
}
