using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Notifications;

/// <summary>Characteristics of the parents (Table 19).</summary>
public enum ParentFactor
{
    [Label("Domestic violence")]
    DomesticViolence,

    [Label("Parental mental health problems")]
    ParentMentalHealth,

    [Label("Parental drug misuse")]
    ParentDrugMisuse,

    [Label("Parental alcohol misuse")]
    ParentAlcoholMisuse,

    [Label("Teenage pregnancy")]
    TeenagePregnancy,

    [Label("Parent a care leaver")]
    ParentCareLeaver,

    [Label("Parent in care")]
    ParentInCare,
}
