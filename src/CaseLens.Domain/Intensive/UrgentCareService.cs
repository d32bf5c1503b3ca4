using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Intensive;

/// <summary>
/// Unplanned services used for the index child within a month of the incident (item 8; tick as
/// applicable). <see cref="None"/> and <see cref="NoInformation"/> stand alone.
/// </summary>
public enum UrgentCareService
{
    [Label("NHS Direct")]
    NhsDirect,

    [Label("Walk-in clinic")]
    WalkInClinic,

    [Label("Ambulance service")]
    Ambulance,

    [Label("None of these")]
    None,

    [Label("No information")]
    NoInformation,
}
