namespace CaseLens.Domain.Access;

/// <summary>
/// What one signed-in person may see and do: their <see cref="Role"/> and <see cref="Scope"/>. This is
/// the one owner of the access rules; the web's policies and the case queries ask it.
/// </summary>
public sealed record AccessRights(Role Role, Scope Scope)
{
    /// <summary>The smallest suppression threshold a reader may get: counts under 6 are always hidden from readers.</summary>
    public const int ReaderSuppressionFloor = 6;

    /// <summary>No access at all: what a person whose role or scope cannot be read gets.</summary>
    public static AccessRights None { get; } = new(Role.Reader, Scope.Nothing);

    /// <summary>Whether case-level pages, lists and downloads are open at all (never to readers).</summary>
    public bool SeesCases => Role is Role.Administrator or Role.Analyst;

    /// <summary>Whether cases in scope may be coded, edited, uploaded.</summary>
    public bool EditsCases => SeesCases;

    /// <summary>Whether accounts, roles, scopes and the audit export are open.</summary>
    public bool Administers => Role == Role.Administrator;

    /// <summary>
    /// Whether the case held by <paramref name="board"/> may be shown. A case outside this answers
    /// as if it did not exist (404), so that ids cannot be probed.
    /// </summary>
    public bool MaySee(string? board) => SeesCases && Scope.Covers(board);

    /// <summary>
    /// Whether the intensive sample's case pages are open. Its cases carry no board, so no list of
    /// boards can cover them: only a national scope does, as for the sample in a report.
    /// </summary>
    public bool SeesIntensiveCases => SeesCases && Scope.IsNational;

    /// <summary>
    /// The suppression threshold a report for this person uses, from the one asked for (null or 0:
    /// none): readers always get at least <see cref="ReaderSuppressionFloor"/>.
    /// </summary>
    public int SuppressionThreshold(int? requested)
    {
        var asked = Math.Max(requested ?? 0, 0);
        return Role == Role.Reader ? Math.Max(asked, ReaderSuppressionFloor) : asked;
    }
}
