using CaseLens.Domain.Notifications;
using CaseLens.Storage.Querying;

namespace CaseLens.Cli.Commands;

/// <summary>
/// Applies a <see cref="NotificationFilter"/> to notifications read from a file, with the same
/// meaning the store gives it (dates included at both ends, board names exact).
/// </summary>
internal static class NotificationFilterMatch
{
    public static bool Matches(this NotificationFilter filter, Notification notification) =>
        (filter.StudyYear is not { } year || year.Contains(notification.IncidentDate))
        && (filter.From is not { } from || notification.IncidentDate >= from)
        && (filter.To is not { } to || notification.IncidentDate <= to)
        && (filter.Region is null || notification.Region == filter.Region)
        && (filter.Board is null || string.Equals(notification.Board, filter.Board, StringComparison.Ordinal))
        && (filter.IncidentType is null || notification.IncidentType == filter.IncidentType)
        && (filter.ScrStatus is null || notification.ScrStatus == filter.ScrStatus);
}
