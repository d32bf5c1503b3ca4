using CaseLens.Domain.Access;

namespace CaseLens.Web.Tests.Authorization;

/// <summary>
/// The expected answer of every page to every visitor, by route pattern. A page added to the
/// application without a line here fails the sweep: its access must be decided, not inherited by
/// accident. Route parameters are filled in by <see cref="Sample"/>.
/// </summary>
public static class RouteExpectations
{
    /// <summary>Administrators and analysts open it; readers get 404.</summary>
    private static Outcome CaseLevel(Visitor v) => v.Role switch
    {
        null => Outcome.SignIn,
        Role.Reader => Outcome.NotFound,
        _ => Outcome.Page,
    };

    /// <summary>The intensive sample has no board: only administrators and analysts with a national scope open it.</summary>
    private static Outcome IntensiveLevel(Visitor v) => v.Role switch
    {
        null => Outcome.SignIn,
        Role.Reader => Outcome.NotFound,
        _ => v.National ? Outcome.Page : Outcome.NotFound,
    };

    private static Outcome Administration(Visitor v) => v.Role switch
    {
        null => Outcome.SignIn,
        Role.Administrator => Outcome.Page,
        _ => Outcome.NotFound,
    };

    private static Outcome SignedIn(Visitor v) => v.Role is null ? Outcome.SignIn : Outcome.Page;

    public static IReadOnlyDictionary<string, Func<Visitor, Outcome>> ByPattern { get; } = new Dictionary<string, Func<Visitor, Outcome>>(StringComparer.Ordinal)
    {
        ["/"] = SignedIn,
        ["/signin"] = _ => Outcome.Page,
        // Without the password step first, the code page sends everyone back to sign in.
        ["/signin/code"] = _ => Outcome.SignIn,
        ["/signout"] = SignedIn,
        ["/account/security"] = SignedIn,
        ["/reports"] = SignedIn,
        ["/cases"] = CaseLevel,
        // Sampled with a case of the board every board-scoped account holds (TestCases.InScope);
        // another board's case answers 404 to them (AuthorizationSweepTests).
        ["/cases/{case_id}"] = CaseLevel,
        ["/cases/{case_id}/edit"] = CaseLevel,
        ["/cases/{case_id}/audit"] = CaseLevel,
        ["/upload"] = CaseLevel,
        ["/intensive"] = IntensiveLevel,
        ["/intensive/{case_id}"] = IntensiveLevel,
        ["/intensive/{case_id}/edit"] = IntensiveLevel,
        ["/intensive/{case_id}/map"] = IntensiveLevel,
        ["/intensive/{case_id}/summary"] = IntensiveLevel,
        ["/intensive/{case_id}/audit"] = IntensiveLevel,
        ["/admin/users"] = Administration,
        ["/admin/users/add"] = Administration,
        ["/admin/users/{id}"] = Administration,
        ["/admin/audit"] = Administration,
    };

    /// <summary>A concrete path for a pattern: an existing account's id for <c>{id}</c>, a case id in every scope for <c>{case_id}</c>.</summary>
    public static string Sample(string pattern, Func<string, string> accountId) => pattern
        .Replace("{id}", accountId("analyst-board"), StringComparison.Ordinal)
        .Replace("{case_id}", Hosting.TestCases.InScope, StringComparison.Ordinal);
}
