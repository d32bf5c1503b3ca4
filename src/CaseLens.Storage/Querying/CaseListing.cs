using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;
using CaseLens.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseLens.Storage.Querying;

/// <summary>Turns a <see cref="CaseListQuery"/> into one counted, ordered, paged query the database runs.</summary>
internal static class CaseListing
{
    public static async Task<CaseListPage> ReadAsync(StoreDatabase database, CaseListQuery list, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var query = Matching(database, context, list);
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = total == 0 || list.Limit <= 0
            ? []
            : await Ordered(query, list)
                .Skip(Math.Max(list.Offset, 0))
                .Take(list.Limit)
                .Select(n => new CaseListRow(n.CaseId, n.IncidentDate, n.Region, n.Board, n.AgeMonths, n.Gender, n.IncidentType, n.ScrStatus, n.Exclusion, n.DeathCategory))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new CaseListPage(total, rows);
    }

    private static IQueryable<Notification> Matching(StoreDatabase database, CaseStoreContext context, CaseListQuery list)
    {
        var query = context.Notifications.AsNoTracking().Matching(list.Filter);
        if (list.Boards is { } boards)
        {
            var names = boards.ToArray();
            query = query.Where(n => n.Board != null && names.Contains(n.Board));
        }

        if (list.AgeGroup is { } group)
        {
            var (first, last) = Age.MonthsIn(group);
            query = query.Where(n => n.AgeMonths >= first && n.AgeMonths <= last);
        }

        if (list.Gender is { } gender)
        {
            query = query.Where(n => n.Gender == gender);
        }

        if (list.DeathCategory is { } category)
        {
            query = query.Where(n => n.DeathCategory == category);
        }

        return string.IsNullOrWhiteSpace(list.Words) ? query : database.WithOutlineWords(context, query, list.Words);
    }

    private static IQueryable<Notification> Ordered(IQueryable<Notification> query, CaseListQuery list) => (list.Sort, list.Descending) switch
    {
        (CaseSort.IncidentDate, false) => query.OrderBy(n => n.IncidentDate).ThenBy(n => n.CaseId),
        (CaseSort.IncidentDate, true) => query.OrderByDescending(n => n.IncidentDate).ThenBy(n => n.CaseId),
        (CaseSort.Board, false) => query.OrderBy(n => n.Board).ThenBy(n => n.CaseId),
        (CaseSort.Board, true) => query.OrderByDescending(n => n.Board).ThenBy(n => n.CaseId),
        (CaseSort.Age, false) => query.OrderBy(n => n.AgeMonths == null).ThenBy(n => n.AgeMonths).ThenBy(n => n.CaseId),
        (CaseSort.Age, true) => query.OrderBy(n => n.AgeMonths == null).ThenByDescending(n => n.AgeMonths).ThenBy(n => n.CaseId),
        (_, false) => query.OrderBy(n => n.CaseId),
        (_, true) => query.OrderByDescending(n => n.CaseId),
    };
}
