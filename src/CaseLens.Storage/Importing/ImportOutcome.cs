namespace CaseLens.Storage.Importing;

/// <summary>
/// What an import did. When <see cref="Committed"/> is false nothing at all was written:
/// <see cref="Clashes"/> then lists every case id that was already stored, and the counts are 0.
/// </summary>
/// <param name="Rows">Records handed to the session.</param>
/// <param name="Inserted">New records stored.</param>
/// <param name="Updated">Stored records replaced (only with <see cref="ImportOptions.Update"/>).</param>
/// <param name="Clashes">Case ids already stored (or repeated within the import), in ordinal order.</param>
/// <param name="Committed">Whether the import was written.</param>
public sealed record ImportOutcome(int Rows, int Inserted, int Updated, IReadOnlyList<string> Clashes, bool Committed);
