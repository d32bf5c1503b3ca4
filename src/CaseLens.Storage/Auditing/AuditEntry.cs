namespace CaseLens.Storage.Auditing;

/// <summary>
/// One change to case data: who made it, when, and what it changed. Entries are only ever added;
/// a prune (<see cref="AuditAction.Prune"/>) may later drop the <see cref="Before"/> and
/// <see cref="After"/> of old ones, and nothing else.
/// <see cref="Before"/> and <see cref="After"/> are JSON objects keyed by column name holding the
/// stored values (codes as text, dates as <c>YYYY-MM-DD</c>, null when not known).
/// </summary>
public sealed record AuditEntry
{
    /// <summary>Position in the audit trail; later entries have larger ids.</summary>
    public long Id { get; init; }

    /// <summary>When the change was made, from the store's <see cref="TimeProvider"/>, in UTC.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The user name of whoever made the change.</summary>
    public required string Actor { get; init; }

    public required AuditAction Action { get; init; }

    public required AuditedEntity Entity { get; init; }

    /// <summary>The record changed; null for an import entry, which covers a whole file, and for a prune.</summary>
    public string? CaseId { get; init; }

    /// <summary>The stored record before the change (JSON); null for an import, and once pruned.</summary>
    public string? Before { get; init; }

    /// <summary>The stored record after the change (JSON); null for an import or a delete, and once pruned.</summary>
    public string? After { get; init; }

    /// <summary>
    /// For an import: a JSON object with the source name, its SHA-256 and the row counts. For a
    /// prune: the cut-off (<c>before</c>) and how many entries lost their values (<c>entries</c>).
    /// </summary>
    public string? Details { get; init; }
}
