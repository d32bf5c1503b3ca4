namespace CaseLens.Storage.Importing;

/// <summary>How an import treats records already stored, and what the audit trail says about it.</summary>
public sealed record ImportOptions
{
    /// <param name="update">Replace stored records that share a case id (each audited before and after);
    /// when false, any such clash refuses the whole import.</param>
    /// <param name="actor">The user name recorded in the audit trail.</param>
    /// <param name="sourceName">The file imported (its name as given), for the audit trail.</param>
    /// <param name="sourceSha256">The SHA-256 of the file's bytes in hex, for the audit trail.</param>
    public ImportOptions(bool update, string actor, string sourceName, string sourceSha256)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(sourceSha256);
        Update = update;
        Actor = actor;
        SourceName = sourceName;
        SourceSha256 = sourceSha256;
    }

    /// <summary>Replace clashing records; the default in the CLI is false (refuse the import).</summary>
    public bool Update { get; }

    /// <summary>The user name recorded in the audit trail; never empty.</summary>
    public string Actor { get; }

    /// <summary>The imported file's name as given, recorded in the audit trail.</summary>
    public string SourceName { get; }

    /// <summary>The SHA-256 of the imported file's bytes in hex, recorded in the audit trail.</summary>
    public string SourceSha256 { get; }
}
