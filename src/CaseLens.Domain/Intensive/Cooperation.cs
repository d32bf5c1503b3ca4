using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Intensive;

/// <summary>The family's or young person's co-operation at the incident, the horizontal axis of the threshold map (Figure 9).</summary>
public enum Cooperation
{
    [Code("1"), Label("1: not co-operative / hostile")]
    Hostile,

    [Code("2"), Label("2: low co-operation")]
    Low,

    [Code("3"), Label("3: neutral / some co-operation")]
    Some,

    [Code("4"), Label("4: co-operative")]
    Cooperative,

    [Code("5"), Label("5: highly co-operative / seeking help")]
    HighlyCooperative,
}
