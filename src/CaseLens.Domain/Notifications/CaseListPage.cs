namespace CaseLens.Domain.Notifications;

/// <summary>A page of a case list and how many cases match in all.</summary>
public sealed record CaseListPage(int Total, IReadOnlyList<CaseListRow> Rows);
