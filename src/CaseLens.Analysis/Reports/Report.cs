namespace CaseLens.Analysis.Reports;

/// <summary>
/// A whole report: the tables computed from one data set, with what is needed to make it again.
/// This is the model every output (JSON <c>scr-report/1</c>, HTML, Word, Excel, charts) renders.
/// </summary>
public sealed record Report
{
    /// <summary>The machine format's identifier; always <c>scr-report/1</c>.</summary>
    public const string FormatId = "scr-report/1";

    /// <summary>The tables in the order they are printed.</summary>
    public required IReadOnlyList<ReportTable> Tables { get; init; }

    /// <summary>What the report was made from and how, so that it can be made again and audited.</summary>
    public required Provenance Provenance { get; init; }

    /// <summary>The table with the id, or null when the report does not have it (a filter or an option may leave it out).</summary>
    public ReportTable? Find(string id) => Tables.FirstOrDefault(t => t.Id == id);
}
