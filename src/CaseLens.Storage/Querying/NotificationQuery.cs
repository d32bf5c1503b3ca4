using CaseLens.Domain.Notifications;

namespace CaseLens.Storage.Querying;

/// <summary>Turns a <see cref="NotificationFilter"/> into conditions the database evaluates.</summary>
internal static class NotificationQuery
{
    public static IQueryable<Notification> Matching(this IQueryable<Notification> query, NotificationFilter filter)
    {
        if (filter.StudyYear is { } year)
        {
            var first = year.FirstDay;
            var last = year.LastDay;
            query = query.Where(n => n.IncidentDate >= first && n.IncidentDate <= last);
        }

        if (filter.From is { } from)
        {
            query = query.Where(n => n.IncidentDate >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(n => n.IncidentDate <= to);
        }

        if (filter.Region is { } region)
        {
            query = query.Where(n => n.Region == region);
        }

        if (filter.Board is { } board)
        {
            query = query.Where(n => n.Board == board);
        }

        if (filter.IncidentType is { } type)
        {
            query = query.Where(n => n.IncidentType == type);
        }

        if (filter.ScrStatus is { } status)
        {
            query = query.Where(n => n.ScrStatus == status);
        }

        return query;
    }
}
