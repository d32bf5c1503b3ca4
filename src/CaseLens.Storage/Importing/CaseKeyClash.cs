using CaseLens.Domain.Identity;

namespace CaseLens.Storage.Importing;

/// <summary>
/// A case id of an import that is not equal to another id but names the same case by
/// <see cref="CaseKey"/> (they differ only in letter case): one stored already, or one earlier in
/// the same import. Such a clash refuses the import even with updates, since replacing either
/// record would keep a spelling the board may not have meant.
/// </summary>
/// <param name="CaseId">The id in the import.</param>
/// <param name="SameCaseAs">The other id, as it is written where it was found.</param>
/// <param name="Stored">True when <paramref name="SameCaseAs"/> is stored; false when it is earlier in the import.</param>
public sealed record CaseKeyClash(string CaseId, string SameCaseAs, bool Stored);
