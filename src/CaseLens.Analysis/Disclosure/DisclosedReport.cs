namespace CaseLens.Analysis.Disclosure;

/// <summary>
/// A report after disclosure control: the report to publish, the model of what it publishes (from which
/// a <see cref="Release"/> is made), the audit of every hidden small number, and the cost.
/// </summary>
public sealed record DisclosedReport(Reports.Report Report, DisclosureModel Model, IReadOnlyList<AuditInterval> Audit, DisclosureSummary Summary);
