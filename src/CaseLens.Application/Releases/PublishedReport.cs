using CaseLens.Analysis.Disclosure;

namespace CaseLens.Application.Releases;

/// <summary>A report published and recorded: the protected report and its release's number in the store's ledger.</summary>
public sealed record PublishedReport(DisclosedReport Published, string ReleaseId);
