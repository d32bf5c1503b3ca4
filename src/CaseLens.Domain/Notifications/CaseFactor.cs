using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Notifications;

/// <summary>Factors related to the case (Table 19).</summary>
public enum CaseFactor
{
    [Label("Physical abuse")]
    PhysicalAbuse,

    [Label("Longstanding neglect")]
    LongstandingNeglect,

    [Label("Recent neglect")]
    RecentNeglect,

    [Label("Sexual abuse")]
    SexualAbuse,

    [Label("Shaken baby")]
    ShakenBaby,

    [Label("Emotional abuse")]
    EmotionalAbuse,
}
