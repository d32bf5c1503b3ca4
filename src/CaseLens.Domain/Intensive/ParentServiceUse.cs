using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Intensive;

/// <summary>
/// A parent's or carer's use of a health service (the parents' health-care markers): at the time of
/// the incident, or a history of it. <see cref="NoInformation"/> is the report saying nothing, which
/// is not <see cref="No"/>.
/// </summary>
public enum ParentServiceUse
{
    [Label("Yes")]
    Yes,

    [Label("No")]
    No,

    [Label("No information")]
    NoInformation,
}
