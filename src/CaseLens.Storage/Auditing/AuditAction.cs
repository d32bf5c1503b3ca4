namespace CaseLens.Storage.Auditing;

/// <summary>What a change to case data did; stored as its code (<c>import</c>, <c>update</c>, <c>delete</c>, <c>prune</c>, <c>view</c>).</summary>
public enum AuditAction
{
    /// <summary>A file was imported: one entry per import, with the source, its hash and the counts.</summary>
    Import,

    /// <summary>A stored record was replaced; the entry holds the record before and after.</summary>
    Update,

    /// <summary>A stored record was removed; the entry holds the record before.</summary>
    Delete,

    /// <summary>
    /// The before and after values of older entries were dropped (<see cref="AuditTrail.PruneAsync(DateTimeOffset, string, CancellationToken)"/>);
    /// the entry holds the cut-off and how many entries lost their values.
    /// </summary>
    Prune,

    /// <summary>A report was published and recorded in the disclosure ledger; the entry holds the release's number, data set hash, policy and how many numbers it showed.</summary>
    Publish,

    /// <summary>A case page was shown to someone: who read which record, and when (no values).</summary>
    View,
}
