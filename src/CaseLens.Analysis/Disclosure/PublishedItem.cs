namespace CaseLens.Analysis.Disclosure;

/// <summary>
/// A published number as the report gives it: the count it shows (for a percent-only cell, none),
/// and the percent shown with it over its base (<see cref="PercentBase"/>: the column's n, or for row
/// percentages the row's cells).
/// </summary>
public sealed record PublishedItem(ItemId Id, int? Count, int? Percent, IReadOnlyList<ItemId> PercentBase);
