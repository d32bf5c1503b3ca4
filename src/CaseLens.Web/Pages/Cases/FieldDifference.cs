namespace CaseLens.Web.Pages.Cases;

/// <summary>
/// One field where the version a person typed and the version saved meanwhile differ, as the
/// conflict view of an edit form shows it: its name for people and both values for people.
/// </summary>
public sealed record FieldDifference(string Label, string Yours, string Theirs)
{
    /// <summary>The fields of two versions of one coded record (the same columns in the same order) that differ.</summary>
    public static IReadOnlyList<FieldDifference> Between(IReadOnlyList<CodedField> yours, IReadOnlyList<CodedField> theirs) =>
        [.. yours.Zip(theirs).Where(p => p.First.Text != p.Second.Text).Select(p => new FieldDifference(p.First.Label, p.First.Shown, p.Second.Shown))];
}
