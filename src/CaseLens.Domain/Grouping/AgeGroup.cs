using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Grouping;

/// <summary>The age groups of Tables 1–3, 15 and A2, by completed months at the incident.</summary>
public enum AgeGroup
{
    /// <summary>0–11 months.</summary>
    [Code("under_1"), Label("<1yr")]
    Under1,

    /// <summary>12–71 months.</summary>
    [Code("1_5"), Label("1-5yrs")]
    From1To5,

    /// <summary>72–131 months.</summary>
    [Code("6_10"), Label("6-10yrs")]
    From6To10,

    /// <summary>132–191 months.</summary>
    [Code("11_15"), Label("11-15yrs")]
    From11To15,

    /// <summary>192–215 months.</summary>
    [Code("16_17"), Label("16-17yrs")]
    From16To17,
}
