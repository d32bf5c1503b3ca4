namespace CaseLens.Analysis.Reports;

/// <summary>
/// A whole report: the tables computed from one data set, with what is needed to make it again.
/// This is the model every output (JSON <c>scr-report/1</c>, HTML, Word, Excel, charts) renders.
/// </summary>
public sealed record Report
{
    /// <summary>The machine format's identifier; always <c>scr-report/1</c>.</summary>
    public const string FormatId = "scr-report/1";

    public required IReadOnlyList<ReportTable> Tables { get; init; }

    public required Provenance Provenance { get; init; }

    public ReportTable? Find(string id) => Tables.FirstOrDefault(t => t.Id == id);
}
