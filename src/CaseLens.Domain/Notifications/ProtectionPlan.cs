using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Notifications;

/// <summary>Whether the index child was the subject of a child protection plan (Table 7). Unclear means it is not known whether the plan came before or after the incident; Table 7 leaves it out.</summary>
public enum ProtectionPlan
{
    [Label("No")]
    No,

    [Label("Yes, at the time of the incident")]
    Current,

    [Label("In the past only")]
    Past,

    [Label("Unclear")]
    Unclear,
}
