namespace CaseLens.Analysis.Reports;

/// <summary>
/// What anyone needs to produce the same report again: which data (a content hash), which
/// filters and options, which version of CaseLens, and when.
/// </summary>
public sealed record Provenance
{
    /// <summary>The label of the data set's period column, for example <c>2005-07</c>.</summary>
    public required string PeriodLabel { get; init; }

    /// <summary>SHA-256 (hex) over the case records in scope, independent of file layout or row order.</summary>
    public required string DataSetHash { get; init; }

    /// <summary>Filters applied, as name → value (for example <c>study_year</c> → <c>2005-06</c>).</summary>
    public required IReadOnlyDictionary<string, string> Filters { get; init; }

    /// <summary>Options that change cells, as name → value (for example <c>suppress_below</c> → <c>6</c>).</summary>
    public required IReadOnlyDictionary<string, string> Options { get; init; }

    /// <summary>The CaseLens version that built the report, for example <c>0.1.0</c>.</summary>
    public required string Version { get; init; }

    /// <summary>When the report was built, read from the injected clock (UTC, offset zero).</summary>
    public required DateTimeOffset GeneratedAt { get; init; }
}
