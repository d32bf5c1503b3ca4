namespace CaseLens.Analysis.Tables;

/// <summary>What a <see cref="ReportBuilder"/> needs besides the cases.</summary>
public sealed record ReportOptions
{
    /// <summary>Period label, filter and comparators. <value>The default value is the default <see cref="TableOptions"/>.</value></summary>
    public TableOptions Tables { get; init; } = new();

    /// <summary>The CaseLens version recorded in the provenance. <value>The default value is <c>0.0.0</c>.</value></summary>
    public string Version { get; init; } = "0.0.0";

    /// <summary>
    /// Further options that change cells, recorded in the provenance as given (for example
    /// <c>suppress_below</c> → <c>6</c>); the period label is always recorded as <c>period</c>.
    /// <value>The default value is none.</value>
    /// </summary>
    public IReadOnlyDictionary<string, string> RecordedOptions { get; init; } = new Dictionary<string, string>();
}
