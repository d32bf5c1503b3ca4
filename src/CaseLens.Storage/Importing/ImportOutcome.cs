namespace CaseLens.Storage.Importing;

/// <summary>
/// What an import did. When <see cref="Committed"/> is false nothing at all was written:
/// <see cref="Clashes"/> then lists every case id that refused it, and the counts are 0.
/// </summary>
/// <param name="Rows">Records handed to the session.</param>
/// <param name="Inserted">New records stored.</param>
/// <param name="Updated">Stored records replaced by different values (only with <see cref="ImportOptions.Update"/>).</param>
/// <param name="Unchanged">Stored records the import held again with the same values: neither written nor audited.</param>
/// <param name="Clashes">
/// Case ids already stored (or repeated within the import), in ordinal order, with those of
/// <see cref="CaseKeyClashes"/>. When the import was refused with updates allowed, only the latter.
/// </param>
/// <param name="Committed">Whether the import was written.</param>
public sealed record ImportOutcome(int Rows, int Inserted, int Updated, int Unchanged, IReadOnlyList<string> Clashes, bool Committed)
{
    /// <summary>
    /// The import's case ids that name the same case as another id without being equal to it
    /// (<see cref="CaseKeyClash"/>), in ordinal order of <see cref="CaseKeyClash.CaseId"/>. Any of
    /// them refuses the import, with or without updates.
    /// </summary>
    public IReadOnlyList<CaseKeyClash> CaseKeyClashes { get; init; } = [];
}
