namespace CaseLens.Analysis.Reports;

/// <summary>
/// How a table's cells count its cases, set where the table is built: the renderers word their notes
/// by it and a period comparison tests only the tables whose cases fall in one row each.
/// </summary>
public enum TableKind
{
    /// <summary>Each case counts in at most one row: the rows are a frequency distribution.</summary>
    Frequencies,

    /// <summary>A case may hold several codes and counts once under each (T8, T10, T19); n is the cases with at least one code.</summary>
    MultiResponse,

    /// <summary>A case counts in every row whose characteristic it has (AP2); every percent is of all cases.</summary>
    Profile,

    /// <summary>The cells are statistics (median, minimum, maximum) of the cases, not counts of them (T21).</summary>
    Statistics,
}
