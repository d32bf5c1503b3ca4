namespace CaseLens.Storage.Auditing;

/// <summary>What an audit prune did.</summary>
/// <param name="Before">The cut-off, in UTC: entries made before it lost their values; it is not included.</param>
/// <param name="Entries">How many entries had values (a record before or after) and lost them; 0 when none had.</param>
public sealed record AuditPruneOutcome(DateTimeOffset Before, int Entries);
