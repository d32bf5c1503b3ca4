using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Notifications;

/// <summary>Characteristics of the child (Table 19).</summary>
public enum ChildFactor
{
    [Label("More than one child abused")]
    MoreThanOneChildAbused,

    [Label("Serious illness")]
    SeriousIllness,

    [Label("Child mental health problems")]
    ChildMentalHealth,

    [Label("Child substance misuse")]
    ChildSubstanceMisuse,
}
