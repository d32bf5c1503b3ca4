using CaseLens.Domain.Access;
using CaseLens.Domain.Notifications;
using CaseLens.Storage;
using CaseLens.Storage.Querying;
using CaseLens.Storage.Records;

namespace CaseLens.Application.Cases;

/// <summary>
/// The one query of cases in a person's scope: every case list (the web's <c>/cases</c>, the
/// command line's <c>caselens cases</c>) goes through it, so that scope is applied in one place.
/// </summary>
public sealed class FindCases(CaseStore store)
{
    private readonly NotificationRepository _notifications = new(store);

    /// <summary>One page of the notifications in <paramref name="rights"/>' scope that <paramref name="search"/> asks for.</summary>
    public Task<CaseListPage> ListAsync(AccessRights rights, CaseSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rights);
        ArgumentNullException.ThrowIfNull(search);
        var size = Math.Max(search.PageSize, 0);
        var page = Math.Max(search.Page, 1);
        return _notifications.ListAsync(
            new CaseListQuery
            {
                Filter = search.Filter,
                Boards = CaseScope.BoardsFor(rights),
                AgeGroup = search.AgeGroup,
                Gender = search.Gender,
                DeathCategory = search.DeathCategory,
                Words = search.Words,
                Sort = search.Sort,
                Descending = search.Descending,
                Offset = (int)Math.Min((long)(page - 1) * size, int.MaxValue),
                Limit = size,
            },
            cancellationToken);
    }
}
