using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Intensive;

/// <summary>Level of intervention at the incident, the vertical axis of the threshold map (Figure 9).</summary>
public enum InterventionLevel
{
    [Code("1"), Label("1: universal services")]
    Universal,

    [Code("2"), Label("2: additional needs")]
    AdditionalNeeds,

    [Code("3"), Label("3: complex needs / children in need")]
    ComplexNeeds,

    [Code("4"), Label("4: high risk, child protection, statutory")]
    Statutory,
}
