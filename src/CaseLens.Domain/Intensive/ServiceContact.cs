using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Intensive;

/// <summary>
/// A service's contact with the index child that may not apply to every child (item 9, health
/// visitor at the incident; item 13, school nurse, SALT, CAMHS, DAT in the 10 years before it).
/// </summary>
public enum ServiceContact
{
    [Label("Yes")]
    Yes,

    [Label("No information")]
    NoInformation,

    [Label("Not applicable")]
    NotApplicable,
}
