namespace CaseLens.Storage.Importing;

/// <summary>How an import treats records already stored, and what the audit trail says about it.</summary>
public sealed record ImportOptions
{
    /// <param name="update">Replace stored records that share a case id (each audited before and after);
    /// when false, any such clash refuses the whole import.</param>
    /// <param name="actor">The user name recorded in the audit trail.</param>
    /// <param name="sourceName">The file imported (its name as given), for the audit trail; its SHA-256
    /// is given when the import completes, once every byte has been read.</param>
    public ImportOptions(bool update, string actor, string sourceName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentNullException.ThrowIfNull(sourceName);
        Update = update;
        Actor = actor;
        SourceName = sourceName;
    }

    /// <summary>Replace clashing records; the default in the CLI is false (refuse the import).</summary>
    public bool Update { get; }

    /// <summary>The user name recorded in the audit trail; never empty.</summary>
    public string Actor { get; }

    /// <summary>The imported file's name as given, recorded in the audit trail.</summary>
    public string SourceName { get; }

    /// <summary>
    /// The store was made for this import, just before it, so that nothing is in it yet: SQLite may
    /// then write it through a rollback journal rather than its write-ahead log (half the writing, as
    /// atomic), as long as no other connection has it open. False by default.
    /// </summary>
    public bool IntoNewStore { get; init; }
}
