using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Intensive;

/// <summary>
/// The index child's health needs (health-markers schedule, item 2; tick as applicable). <see cref="None"/>
/// and <see cref="NoInformation"/> stand alone: a case with them has no other code in the cell.
/// </summary>
public enum HealthNeed
{
    [Label("Disability")]
    Disability,

    [Label("Chronic illness")]
    ChronicIllness,

    [Label("Complex health needs")]
    ComplexHealthNeeds,

    [Label("No disability or illness")]
    None,

    [Label("No information")]
    NoInformation,
}
