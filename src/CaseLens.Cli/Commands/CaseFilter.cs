using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;

namespace CaseLens.Cli.Commands;

/// <summary>
/// Which notifications a listing or report covers; a null criterion matches every row. The study
/// year runs from 1 April to 31 March, both included. Board names match exactly, ignoring case.
/// </summary>
internal sealed record CaseFilter(
    StudyYear? StudyYear = null,
    Region? Region = null,
    string? Board = null,
    IncidentType? IncidentType = null,
    ScrStatus? ScrStatus = null)
{
    public bool IsEmpty => this == new CaseFilter();

    public bool Matches(Notification notification) =>
        (StudyYear is not { } year || year.Contains(notification.IncidentDate))
        && (Region is null || notification.Region == Region)
        && (Board is null || string.Equals(notification.Board, Board, StringComparison.OrdinalIgnoreCase))
        && (IncidentType is null || notification.IncidentType == IncidentType)
        && (ScrStatus is null || notification.ScrStatus == ScrStatus);
}
