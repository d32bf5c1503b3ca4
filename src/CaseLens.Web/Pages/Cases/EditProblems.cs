namespace CaseLens.Web.Pages.Cases;

/// <summary>
/// What an edit form shows above itself after a refused save: the fields that differ on a conflict,
/// where "leave it" goes, and what was saved meanwhile ("case", "summary") for the heading.
/// </summary>
public sealed record EditProblems(IReadOnlyList<FieldDifference> Differences, string Leave, string Record = "case");
