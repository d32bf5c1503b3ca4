using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Notifications;

/// <summary>Category of maltreatment-related death (Table 18; framework in Appendix 1). The categories with a 1 are the 'possible' forms of their letter.</summary>
public enum DeathCategory
{
    [Code("A"), Label("A: deliberate or overt filicide")]
    A,

    [Code("A1"), Label("A1: possible deliberate filicide")]
    A1,

    [Code("B"), Label("B: covert filicide")]
    B,

    [Code("B1"), Label("B1: possible covert filicide")]
    B1,

    [Code("C"), Label("C: severe physical assault")]
    C,

    [Code("C1"), Label("C1: possible severe physical assault")]
    C1,

    [Code("D"), Label("D: extreme neglect")]
    D,

    [Code("D1"), Label("D1: possible extreme neglect")]
    D1,

    [Code("E"), Label("E: deaths related to but not caused by maltreatment")]
    E,

    [Code("E1"), Label("E1: possibly related to maltreatment")]
    E1,

    [Code("F"), Label("F: other")]
    F,

    [Code("G"), Label("G: unclassified")]
    G,
}
