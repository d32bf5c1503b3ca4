namespace CaseLens.Storage.Importing;

/// <summary>What an engine's import found and wrote when it finished, before the session commits or rolls back.</summary>
/// <param name="Clashes">Stored or repeated case ids, each once, in ordinal order.</param>
/// <param name="CaseKeyClashes">Ids naming the same case as another id they are not equal to; nothing is written when there are any.</param>
internal sealed record FinishedImport(int Inserted, int Updated, int Unchanged, IReadOnlyList<string> Clashes, IReadOnlyList<CaseKeyClash> CaseKeyClashes)
{
    /// <summary>Nothing written: the clashes refuse the import.</summary>
    public static FinishedImport Refused(IReadOnlyList<string> clashes, IReadOnlyList<CaseKeyClash> caseKeyClashes) =>
        new(0, 0, 0, clashes, caseKeyClashes);

    /// <summary>Whether the import must be refused: any case-key clash, or any clash without updates.</summary>
    public bool Refuses(bool update) => CaseKeyClashes.Count > 0 || (Clashes.Count > 0 && !update);
}
