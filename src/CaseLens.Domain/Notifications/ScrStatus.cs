using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Notifications;

/// <summary>Whether a notification became a serious case review (Table A1).</summary>
public enum ScrStatus
{
    [Label("SCR")]
    Yes,

    [Label("Not SCR")]
    No,

    [Label("Undetermined")]
    Undetermined,
}
