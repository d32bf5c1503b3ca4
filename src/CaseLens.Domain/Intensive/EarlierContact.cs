using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Intensive;

/// <summary>
/// Hospital admissions or A&amp;E attendances more than 10 years before the incident (items 3b, 4b).
/// <see cref="ChildUnderTen"/> is for a child under 10 years (120 months) at the incident, who has no such past.
/// </summary>
public enum EarlierContact
{
    [Label("Yes")]
    Yes,

    [Label("No information")]
    NoInformation,

    [Code("child_under_10"), Label("Child under 10")]
    ChildUnderTen,
}
