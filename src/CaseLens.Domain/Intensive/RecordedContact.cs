using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Intensive;

/// <summary>
/// A contact the schedule asks about with "yes / no info" (items 3a, 4a, community paediatrician,
/// other specialist): the overview report records it, or says nothing of it.
/// </summary>
public enum RecordedContact
{
    [Label("Yes")]
    Yes,

    [Label("No information")]
    NoInformation,
}
