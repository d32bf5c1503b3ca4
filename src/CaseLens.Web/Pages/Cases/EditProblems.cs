namespace CaseLens.Web.Pages.Cases;

/// <summary>What an edit form shows above itself after a refused save: the fields that differ on a conflict, and where "leave it" goes.</summary>
public sealed record EditProblems(IReadOnlyList<(CodedField Yours, CodedField Theirs)> Differences, string Leave);
