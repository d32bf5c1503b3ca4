using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Notifications;

/// <summary>Whether siblings of the index child were the subject of a child protection plan (Table 9).</summary>
public enum SiblingProtectionPlan
{
    [Label("No")]
    No,

    [Label("Yes, at the time of the incident")]
    Current,

    [Label("In the past only")]
    Past,

    [Label("Unclear")]
    Unclear,

    [Label("Not applicable (only child)")]
    NotApplicable,
}
