using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Notifications;

/// <summary>Whether the family was known to children's social care: at the incident, in the past only, or never.</summary>
public enum CscInvolvement
{
    [Label("Known at the incident")]
    Current,

    [Label("Known in the past only")]
    Past,

    [Label("Not known to CSC")]
    No,
}
