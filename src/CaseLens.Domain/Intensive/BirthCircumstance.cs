using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Intensive;

/// <summary>Circumstances of the birth (Table A9). LowBirthWeight is low birth weight not needing special care; EmergencyCaesarean is with foetal distress.</summary>
public enum BirthCircumstance
{
    [Label("No problems")]
    NoProblems,

    [Label("Special care baby unit")]
    Scbu,

    [Label("Low birth weight (not SCBU)")]
    LowBirthWeight,

    [Label("Emergency caesarean (foetal distress)")]
    EmergencyCaesarean,

    [Label("Concealed birth")]
    ConcealedBirth,
}
