using CaseLens.Domain.Access;
using CaseLens.Domain.Problems;

namespace CaseLens.Application.Cases;

/// <summary>
/// Where a person's scope meets the case queries: the one place that turns <see cref="AccessRights"/>
/// into the boards a query may return, and that answers an unknown and an out-of-scope id alike.
/// </summary>
public static class CaseScope
{
    /// <summary>The command line's rights: it is run by whoever holds the store, so it sees every board.</summary>
    public static AccessRights CommandLine { get; } = new(Role.Administrator, Scope.National);

    /// <summary>The boards a case query for <paramref name="rights"/> is limited to; null for every board, empty for none.</summary>
    public static IReadOnlySet<string>? BoardsFor(AccessRights rights)
    {
        ArgumentNullException.ThrowIfNull(rights);
        if (!rights.SeesCases)
        {
            return new HashSet<string>();
        }

        return rights.Scope.IsNational ? null : rights.Scope.Boards;
    }

    /// <summary>
    /// The one answer to a case id that is not there or not for this person: the same code and
    /// words either way, so that ids cannot be probed.
    /// </summary>
    public static Problem NotFound(string caseId) => new("case.not_found", "No case has this id.", Column: "case_id");
}
