using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Intensive;

/// <summary>
/// A health visitor's or midwife's contact with another child of the family at the incident
/// (items 10, 12). <see cref="NoOtherChild"/> needs a household of one child when the number is known.
/// </summary>
public enum SiblingContact
{
    [Label("Yes")]
    Yes,

    [Label("No information")]
    NoInformation,

    [Label("No other child")]
    NoOtherChild,

    [Label("Other children too old")]
    OtherChildrenTooOld,
}
