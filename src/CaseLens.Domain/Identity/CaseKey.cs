namespace CaseLens.Domain.Identity;

/// <summary>
/// The one rule for when two case ids name the same case. Ids are 1-40 ASCII letters, digits,
/// <c>_</c> and <c>-</c>, so Unicode normalisation cannot make two valid ids equal; letter case can,
/// and a board that types <c>scr-001</c> one year and <c>SCR-001</c> the next means one child. Such
/// ids clash, within a file and against the store.
/// </summary>
public static class CaseKey
{
    /// <summary>The key two ids share exactly when they name the same case.</summary>
    public static string Of(string caseId)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        return caseId.Normalize(System.Text.NormalizationForm.FormKC).ToUpperInvariant();
    }

    /// <summary>Whether two ids name the same case.</summary>
    public static bool Same(string left, string right) =>
        string.Equals(Of(left), Of(right), StringComparison.Ordinal);

    /// <summary>Compares ids by <see cref="Of"/>, for sets and dictionaries keyed by case.</summary>
    public static StringComparer Comparer { get; } = StringComparer.OrdinalIgnoreCase;
}
