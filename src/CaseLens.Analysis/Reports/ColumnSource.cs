namespace CaseLens.Analysis.Reports;

/// <summary>Whether a column is computed from case data or read from a comparator file.</summary>
public enum ColumnSource
{
    /// <summary>Computed from the cases (<c>"source": "cases"</c>).</summary>
    Cases,

    /// <summary>Published figures from a comparator file (<c>"source": "comparator"</c>).</summary>
    Comparator,
}
