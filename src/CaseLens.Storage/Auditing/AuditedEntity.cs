namespace CaseLens.Storage.Auditing;

/// <summary>The kind of case record an audit entry is about; stored as its code.</summary>
public enum AuditedEntity
{
    /// <summary>A notification (table <c>notifications</c>).</summary>
    Notification,

    /// <summary>A case of the intensive sample (table <c>intensive_cases</c>).</summary>
    IntensiveCase,

    /// <summary>The audit trail itself (a prune).</summary>
    AuditTrail,

    /// <summary>The disclosure ledger (table <c>releases</c>): a published report.</summary>
    Release,

    /// <summary>
    /// An intensive case's summary, chronology and quotes (tables <c>summary_sections</c>,
    /// <c>chronology_entries</c>, <c>useful_quotes</c>); before and after are its fields by name.
    /// </summary>
    CaseSummary,
}
