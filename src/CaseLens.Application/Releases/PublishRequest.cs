using CaseLens.Analysis.Disclosure;
using CaseLens.Analysis.Reports;

namespace CaseLens.Application.Releases;

/// <summary>
/// A report to publish from a store: the report unsuppressed, the atoms its cases fall in, the
/// policy, whether to hide more of it rather than refuse when earlier releases would reveal a hidden
/// number (<see cref="Protect"/>), and who publishes it (recorded in the ledger and the audit trail).
/// </summary>
public sealed record PublishRequest(Report Report, AtomSpace Atoms, DisclosurePolicy Policy, bool Protect, string Actor);
