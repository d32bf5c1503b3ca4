using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Intensive;

/// <summary>A midwife's open case for the index child at the incident (item 11); <see cref="TooOld"/> when the child is past the midwife's care.</summary>
public enum MidwifeContact
{
    [Label("Yes")]
    Yes,

    [Label("No information")]
    NoInformation,

    [Label("Not applicable: too old")]
    TooOld,
}
