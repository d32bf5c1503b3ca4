using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Intensive;

/// <summary>The family's registration with a GP over the 5 years before the incident (item 6).</summary>
public enum FamilyGpRegistration
{
    [Label("Continuous")]
    Continuous,

    [Label("Lapses")]
    Lapses,

    [Label("Removed from list")]
    Removed,

    [Label("No information")]
    NoInformation,
}
