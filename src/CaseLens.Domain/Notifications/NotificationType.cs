using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Notifications;

/// <summary>The type stated on a notification report (Appendix 1 flow chart); each report states one.</summary>
public enum NotificationType
{
    [Label("Looked after child death")]
    LacDeath,

    [Label("Serious harm")]
    SeriousHarm,

    [Label("SCR confirmed")]
    ScrConfirmed,

    [Label("SCR possible")]
    ScrPossible,
}
