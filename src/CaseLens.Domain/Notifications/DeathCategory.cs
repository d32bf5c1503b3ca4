using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Notifications;

/// <summary>Category of maltreatment-related death (Table 18; Sidebotham's framework, Appendix 1). The categories with a 1 are the 'possible' forms of their letter.</summary>
public enum DeathCategory
{
    [Code("A"), Label("A: infanticide / covert homicide")]
    A,

    [Code("A1"), Label("A1: possible infanticide / covert homicide")]
    A1,

    [Code("B"), Label("B: severe physical assault (fatal)")]
    B,

    [Code("B1"), Label("B1: possible severe physical assault")]
    B1,

    [Code("C"), Label("C: extreme neglect (fatal)")]
    C,

    [Code("C1"), Label("C1: possible extreme neglect")]
    C1,

    [Code("D"), Label("D: deliberate / overt homicide")]
    D,

    [Code("D1"), Label("D1: possible deliberate / overt homicide")]
    D1,

    [Code("E"), Label("E: death related to but not directly caused by maltreatment")]
    E,

    [Code("E1"), Label("E1: possibly related to maltreatment")]
    E1,

    [Code("F"), Label("F: SUDI, category not clear")]
    F,

    [Code("G"), Label("G: death, category not clear")]
    G,
}
