using CaseLens.Domain.Validation;
using C = CaseLens.Domain.Validation.IntensiveColumns;

namespace CaseLens.Web.Pages.Cases.Intensive;

/// <summary>
/// A part of the intensive coding sheet as pages show it: the case's coding, then the
/// health-markers schedule for the index child, then the parents' markers, each in the catalogue's order.
/// </summary>
public sealed record FieldGroup(string Title, string Id, IReadOnlyList<CodedField> Fields)
{
    /// <summary>The three parts of an intensive case from its cells (column name → text).</summary>
    public static IReadOnlyList<FieldGroup> Of(IReadOnlyDictionary<string, string> cells)
    {
        var fields = CodedField.All(C.All, cells);
        var child = IndexOf(C.HealthNeeds);
        var parents = IndexOf(C.MotherMentalHealthCareAtIncident);
        return
        [
            new("Coding", "coding", fields.Take(child).ToList()),
            new("Health markers: the index child", "child-markers", fields.Take(parents).Skip(child).ToList()),
            new("Health markers: the parents", "parent-markers", fields.Skip(parents).ToList()),
        ];
    }

    private static int IndexOf(string column) => C.All.Select((c, i) => (c, i)).Single(p => p.c.Name == column).i;
}
